package org.itm.core.notify.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.itm.core.notify.DeliveryResult;
import org.itm.core.notify.DeliveryStatus;
import org.itm.core.notify.Notification;
import org.itm.core.notify.RecordingNotifier;
import org.itm.core.validation.Checks;

/** {@link RecordingNotifier} guarded by its own monitor; sends are cheap, so one lock is enough. */
public final class InMemoryRecordingNotifier implements RecordingNotifier {

    private final String name;
    private final List<Notification> received = new ArrayList<>();
    private final List<DeliveryResult> results = new ArrayList<>();
    private final Set<String> deliveredKeys = new HashSet<>();
    private int failuresLeft;
    private String failureReason = "";

    public InMemoryRecordingNotifier(String name) {
        this.name = Checks.id(name, "name");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized DeliveryResult send(Notification notification) {
        Checks.notNull(notification, "notification");
        DeliveryResult result;
        if (failuresLeft > 0) {
            if (failuresLeft != Integer.MAX_VALUE) {
                failuresLeft--;
            }
            result = DeliveryResult.failed(name, failureReason, 1);
        } else if (notification.idempotencyKey().map(k -> !deliveredKeys.add(k)).orElse(false)) {
            // a receiver that honours idempotency keys acknowledges a repeat without delivering it again
            result = new DeliveryResult(name, DeliveryStatus.DELIVERED,
                    "already delivered under this idempotency key; not recorded again", 1);
        } else {
            received.add(notification);
            result = DeliveryResult.delivered(name);
        }
        results.add(result);
        return result;
    }

    @Override
    public synchronized List<Notification> received() {
        return List.copyOf(received);
    }

    @Override
    public synchronized List<DeliveryResult> results() {
        return List.copyOf(results);
    }

    @Override
    public synchronized void failNext(int count, String reason) {
        Checks.positive(count, "count");
        Checks.notBlank(reason, "reason");
        failuresLeft = count;
        failureReason = reason;
    }

    @Override
    public synchronized void clear() {
        received.clear();
        results.clear();
        deliveredKeys.clear();
        failuresLeft = 0;
        failureReason = "";
    }

    @Override
    public String toString() {
        return "RecordingNotifier[" + name + "]";
    }
}

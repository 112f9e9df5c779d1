package org.itm.testkit.notify;

import java.util.Optional;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Notifier;
import org.itm.core.notify.RecordingNotifier;

/** The in-memory recording notifier honours the Notifier contract. */
class RecordingNotifierCompatibilityTest extends NotifierCompatibilityKit {

    private RecordingNotifier recording;

    @Override
    protected Notifier createNotifier() {
        recording = RecordingNotifier.create("kit-recording");
        return recording;
    }

    @Override
    protected boolean hasReceived(Notification notification) {
        return recording.received().contains(notification);
    }

    @Override
    protected int receivedCount() {
        return recording.received().size();
    }

    @Override
    protected Optional<Notifier> createFailingNotifier() {
        RecordingNotifier failing = RecordingNotifier.create("kit-recording");
        failing.failNext(Integer.MAX_VALUE, "downstream unavailable");
        return Optional.of(failing);
    }
}

package org.itm.core.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itm.core.notify.Notification;

/**
 * De-duplication and per-recipient rate-limit state of a router. One monitor guards both maps; admission is a
 * few map operations, while deliveries (the slow part) run outside it.
 *
 * <p>Both maps are kept in the order entries were last written, so with a clock that does not go backwards the
 * first entry is always the first to expire and purging stops at the first live entry. That holds across
 * threads only because the clock is read inside the monitor.
 */
final class AdmissionControl {

    sealed interface Admission permits Admitted, Duplicate, AllRateLimited {
    }

    /** Admitted at {@code at}: send to {@code allowed}; {@code limited} were left out by the rate limit. */
    record Admitted(String key, Instant at, List<String> allowed, List<String> limited) implements Admission {
    }

    /** Suppressed: the key was admitted at {@code firstAt} and stays suppressed until {@code until}. */
    record Duplicate(Instant firstAt, Instant until) implements Admission {
    }

    /** Suppressed: every recipient has reached the rate limit. */
    record AllRateLimited(List<String> limited) implements Admission {
    }

    private final Duration deduplicationWindow;
    private final int maxPerRecipient;
    private final Duration rateWindow;
    private final int maxKeys;
    private final int maxRecipients;

    private final LinkedHashMap<String, Instant> keys = new LinkedHashMap<>();
    private final LinkedHashMap<String, Deque<Instant>> sends = new LinkedHashMap<>();

    AdmissionControl(Duration deduplicationWindow, int maxPerRecipient, Duration rateWindow, int maxKeys,
                     int maxRecipients) {
        this.deduplicationWindow = deduplicationWindow;
        this.maxPerRecipient = maxPerRecipient;
        this.rateWindow = rateWindow;
        this.maxKeys = maxKeys;
        this.maxRecipients = maxRecipients;
    }

    boolean deduplicates() {
        return !deduplicationWindow.isZero();
    }

    boolean rateLimits() {
        return maxPerRecipient > 0;
    }

    Duration deduplicationWindow() {
        return deduplicationWindow;
    }

    int maxPerRecipient() {
        return maxPerRecipient;
    }

    Duration rateWindow() {
        return rateWindow;
    }

    /**
     * Admits {@code notification} or says why not, as one step: the time is read from {@code clock} inside the
     * monitor, so admissions are stamped in the order they happen and a thread that read the time earlier can
     * never be admitted at that earlier time after another thread's later admission (which would let a key in
     * again, or a recipient over its limit, before a whole window has passed).
     */
    synchronized Admission admit(Notification notification, Clock clock) {
        Instant now = clock.instant();
        purge(now);
        String key = notification.deduplicationKey();
        if (deduplicates()) {
            Instant first = keys.get(key);
            if (first != null) {
                Instant until = first.plus(deduplicationWindow);
                if (now.isBefore(until)) {
                    return new Duplicate(first, until);
                }
            }
        }
        List<String> allowed = new ArrayList<>(notification.recipients().size());
        List<String> limited = new ArrayList<>();
        if (rateLimits()) {
            for (String recipient : notification.recipients()) {
                Deque<Instant> times = sends.get(recipient);
                if (times != null) {
                    dropExpired(times, now);
                }
                if (times != null && times.size() >= maxPerRecipient) {
                    limited.add(recipient);
                } else {
                    allowed.add(recipient);
                }
            }
            if (allowed.isEmpty()) {
                return new AllRateLimited(List.copyOf(limited));
            }
            for (String recipient : allowed) {
                Deque<Instant> times = sends.remove(recipient);
                if (times == null) {
                    times = new ArrayDeque<>(Math.min(maxPerRecipient, 16));
                }
                times.addLast(now);
                sends.put(recipient, times);
            }
            evictBeyond(sends, maxRecipients);
        } else {
            allowed.addAll(notification.recipients());
        }
        if (deduplicates()) {
            keys.remove(key);
            keys.put(key, now);
            evictBeyond(keys, maxKeys);
        }
        return new Admitted(key, now, List.copyOf(allowed), List.copyOf(limited));
    }

    /** Undoes {@code admitted}, so that a retry of a notification nobody delivered is not suppressed. */
    synchronized void release(Admitted admitted) {
        if (deduplicates()) {
            keys.remove(admitted.key(), admitted.at());
        }
        if (rateLimits()) {
            for (String recipient : admitted.allowed()) {
                Deque<Instant> times = sends.get(recipient);
                if (times != null) {
                    times.removeLastOccurrence(admitted.at());
                    if (times.isEmpty()) {
                        sends.remove(recipient);
                    }
                }
            }
        }
    }

    synchronized int trackedKeys(Clock clock) {
        purge(clock.instant());
        return keys.size();
    }

    synchronized int trackedRecipients(Clock clock) {
        purge(clock.instant());
        return sends.size();
    }

    private void purge(Instant now) {
        if (deduplicates()) {
            Iterator<Instant> it = keys.values().iterator();
            while (it.hasNext() && !now.isBefore(it.next().plus(deduplicationWindow))) {
                it.remove();
            }
        }
        if (rateLimits()) {
            Iterator<Deque<Instant>> it = sends.values().iterator();
            while (it.hasNext()) {
                Deque<Instant> times = it.next();
                if (times.isEmpty() || !now.isBefore(times.getLast().plus(rateWindow))) {
                    it.remove();
                } else {
                    break;
                }
            }
        }
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !now.isBefore(times.getFirst().plus(rateWindow))) {
            times.removeFirst();
        }
    }

    private static void evictBeyond(Map<String, ?> map, int max) {
        Iterator<String> it = map.keySet().iterator();
        while (map.size() > max && it.hasNext()) {
            it.next();
            it.remove();
        }
    }
}

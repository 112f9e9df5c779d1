package org.itm.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Scripted interleavings of two routing threads: thread A reads the time, then thread B routes before A is
 * admitted. Admission must use a time read inside its own critical section, so that a notification is never
 * admitted at a time earlier than one admitted before it, whatever the thread schedule.
 */
class RouterAdmissionInterleavingTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /**
     * Hands out the scripted instants in read order. The first read blocks (after taking its instant) until the
     * test releases it; once released, a later read waits until the first reader's notification was delivered,
     * so that deliveries are recorded at the latest instant read before them, whichever code runs.
     */
    static final class ScriptedClock extends Clock {
        private final List<Instant> script;
        private final AtomicInteger reads = new AtomicInteger();
        private final AtomicReference<Instant> latest = new AtomicReference<>(T0);
        final CountDownLatch firstRead = new CountDownLatch(1);
        final CountDownLatch releaseFirst = new CountDownLatch(1);
        final CountDownLatch firstDelivered = new CountDownLatch(1);

        ScriptedClock(List<Instant> script) {
            this.script = script;
        }

        @Override
        public Instant instant() {
            int i = reads.getAndIncrement();
            if (i > 0 && releaseFirst.getCount() == 0) {
                await(firstDelivered);
            }
            Instant t = script.get(Math.min(i, script.size() - 1));
            latest.accumulateAndGet(t, (a, b) -> a.isAfter(b) ? a : b);
            if (i == 0) {
                firstRead.countDown();
                await(releaseFirst);
            }
            return t;
        }

        /** The latest instant handed out so far, without reading the clock. */
        Instant latest() {
            return latest.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("tests use UTC");
        }
    }

    /** Records each delivery with the latest instant the clock had handed out when it happened. */
    static final class TimedNotifier implements Notifier {
        final List<Instant> deliveredAt = Collections.synchronizedList(new ArrayList<>());
        final List<Notification> delivered = Collections.synchronizedList(new ArrayList<>());
        private final ScriptedClock clock;
        private final String firstKey;

        TimedNotifier(ScriptedClock clock, String firstKey) {
            this.clock = clock;
            this.firstKey = firstKey;
        }

        @Override
        public String name() {
            return "mail";
        }

        @Override
        public DeliveryResult send(Notification n) {
            delivered.add(n);
            deliveredAt.add(clock.latest());
            if (n.deduplicationKey().equals(firstKey)) {
                clock.firstDelivered.countDown();
            }
            return DeliveryResult.delivered("mail");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("scripted interleaving stuck");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Runs {@code a} on its own thread until it has read the clock, then {@code b} on another until it finished
     * or waits for the router (as it must when A holds the admission), then lets A go on; joins both.
     */
    private static void interleave(ScriptedClock clock, Runnable a, Runnable b) throws InterruptedException {
        Thread ta = new Thread(a, "router-A");
        ta.start();
        await(clock.firstRead);
        Thread tb = new Thread(b, "router-B");
        tb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (tb.getState() != Thread.State.TERMINATED && tb.getState() != Thread.State.BLOCKED
                && tb.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        clock.releaseFirst.countDown();
        ta.join(30_000);
        tb.join(30_000);
        assertThat(ta.isAlive() || tb.isAlive()).as("threads finished").isFalse();
    }

    private static Notification to(String key, String... recipients) {
        return Notifications.sample().deduplicationKey(key).recipients(recipients).build();
    }

    @Test
    void aKeyAdmittedAfterAnotherThreadReadALaterTimeIsNotDeliveredAgainWithinItsWindow() throws Exception {
        // A reads 09:00 and stalls; B routes another key at 09:00:50; then the same key as A's at 09:01:01
        ScriptedClock clock = new ScriptedClock(List.of(T0, T0.plusSeconds(50), T0.plusSeconds(61)));
        TimedNotifier mail = new TimedNotifier(clock, "k");
        NotificationRouter router = NotificationRouter.builder().clock(clock).notifier(mail)
                .route("mail", RouteCondition.always(), "mail").deduplicationWindow(MINUTE).build();

        interleave(clock, () -> router.route(to("k", "alice@example.org")),
                () -> router.route(to("other", "bob@example.org")));
        router.route(to("k", "alice@example.org"));

        List<Instant> kAt = new ArrayList<>();
        for (int i = 0; i < mail.delivered.size(); i++) {
            if (mail.delivered.get(i).deduplicationKey().equals("k")) {
                kAt.add(mail.deliveredAt.get(i));
            }
        }
        // any two deliveries of one key are at least the window apart
        for (int i = 1; i < kAt.size(); i++) {
            assertThat(Duration.between(kAt.get(i - 1), kAt.get(i))).as("deliveries of k at %s", kAt)
                    .isGreaterThanOrEqualTo(MINUTE);
        }
    }

    @Test
    void aRecipientAdmittedAfterAnotherThreadReadALaterTimeGetsNoMoreThanItsLimitInAWindow() throws Exception {
        // limit 5 per minute; A reads 09:00 and stalls; B routes to someone else at 09:00:50; four more to alice
        // at 09:00:55, then one at 09:01:01
        List<Instant> script = new ArrayList<>(List.of(T0, T0.plusSeconds(50)));
        for (int i = 0; i < 4; i++) {
            script.add(T0.plusSeconds(55));
        }
        script.add(T0.plusSeconds(61));
        ScriptedClock clock = new ScriptedClock(script);
        TimedNotifier mail = new TimedNotifier(clock, "a");
        NotificationRouter router = NotificationRouter.builder().clock(clock).notifier(mail)
                .route("mail", RouteCondition.always(), "mail").rateLimitPerRecipient(5, MINUTE).build();

        interleave(clock, () -> router.route(to("a", "alice@example.org")),
                () -> router.route(to("b", "bob@example.org")));
        for (int i = 0; i < 5; i++) {
            router.route(to("c" + i, "alice@example.org"));
        }

        List<Instant> aliceAt = new ArrayList<>();
        for (int i = 0; i < mail.delivered.size(); i++) {
            if (mail.delivered.get(i).recipients().contains("alice@example.org")) {
                aliceAt.add(mail.deliveredAt.get(i));
            }
        }
        Collections.sort(aliceAt);
        // no minute holds more than five deliveries to alice
        for (int i = 5; i < aliceAt.size(); i++) {
            assertThat(Duration.between(aliceAt.get(i - 5), aliceAt.get(i))).as("deliveries to alice at %s", aliceAt)
                    .isGreaterThanOrEqualTo(MINUTE);
        }
    }
}

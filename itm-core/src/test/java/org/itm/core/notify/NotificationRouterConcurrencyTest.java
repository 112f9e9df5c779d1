package org.itm.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NotificationRouterConcurrencyTest {

    private static final int THREADS = 8;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    private static List<RoutingResult> runConcurrently(int threads, IntFunction<List<Notification>>
            work, NotificationRouter router) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<RoutingResult>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Notification> batch = work.apply(t);
                futures.add(pool.submit(() -> {
                    start.await();
                    List<RoutingResult> results = new ArrayList<>();
                    for (Notification n : batch) {
                        results.add(router.route(n));
                    }
                    return results;
                }));
            }
            start.countDown();
            List<RoutingResult> all = new ArrayList<>();
            for (Future<List<RoutingResult>> f : futures) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentDuplicatesAreDeliveredExactlyOncePerKey() throws Exception {
        RecordingNotifier mail = RecordingNotifier.create("mail");
        NotificationRouter router = NotificationRouter.builder().clock(clock).notifier(mail)
                .route("mail", RouteCondition.always(), "mail")
                .deduplicationWindow(Duration.ofHours(1))
                .build();

        // every thread sends the same 200 keys, plus 50 keys of its own
        List<RoutingResult> results = runConcurrently(THREADS, t -> {
            List<Notification> batch = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                batch.add(Notifications.sample("shared-" + i));
                if (i % 4 == 0) {
                    batch.add(Notifications.sample("own-" + t + "-" + i));
                }
            }
            return batch;
        }, router);

        assertThat(results).hasSize(THREADS * 250).doesNotContainNull();
        assertThat(results.stream().filter(r -> r.status() == RoutingStatus.DELIVERED)).hasSize(200 + THREADS * 50);
        assertThat(results.stream().filter(r -> r.status() == RoutingStatus.SUPPRESSED))
                .hasSize((THREADS - 1) * 200)
                .allSatisfy(r -> assertThat(r.reason()).startsWith("duplicate"));
        assertThat(mail.received().stream().map(Notification::deduplicationKey).distinct().count())
                .isEqualTo(mail.received().size());
        assertThat(router.trackedKeys()).isEqualTo(200 + THREADS * 50);
    }

    @Test
    void concurrentSendsNeverExceedTheRateLimitOfARecipient() throws Exception {
        RecordingNotifier mail = RecordingNotifier.create("mail");
        NotificationRouter router = NotificationRouter.builder().clock(clock).notifier(mail)
                .route("mail", RouteCondition.always(), "mail")
                .rateLimitPerRecipient(50, Duration.ofHours(1))
                .build();

        List<RoutingResult> results = runConcurrently(THREADS, t -> {
            List<Notification> batch = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                batch.add(Notifications.sample().deduplicationKey("t" + t + "-" + i)
                        .recipients("oncall@example.org", "user" + t + "@example.org").build());
            }
            return batch;
        }, router);

        assertThat(results).hasSize(THREADS * 40);
        List<String> received = mail.received().stream().flatMap(n -> n.recipients().stream())
                .collect(Collectors.toList());
        assertThat(received.stream().filter("oncall@example.org"::equals)).hasSize(50);
        for (int t = 0; t < THREADS; t++) {
            String own = "user" + t + "@example.org";
            assertThat(received.stream().filter(own::equals)).as(own).hasSize(40);
        }
        assertThat(results.stream().filter(r -> !r.rateLimitedRecipients().isEmpty())).hasSize(THREADS * 40 - 50);
    }

    @Test
    void concurrentRoutingWithAMovingClockAndFailuresAlwaysReturnsAResult() throws Exception {
        RecordingNotifier mail = RecordingNotifier.create("mail");
        RecordingNotifier pager = RecordingNotifier.create("pager");
        pager.failNext(100, "pager gateway down");
        NotificationRouter router = NotificationRouter.builder().clock(clock).notifier(mail).notifier(pager)
                .strategy(RoutingStrategy.ALL_MATCHES)
                .route("critical", RouteCondition.severityAtLeast(Severity.CRITICAL), "pager")
                .route("all", RouteCondition.always(), "mail")
                .deduplicationWindow(Duration.ofSeconds(30))
                .rateLimitPerRecipient(1000, Duration.ofMinutes(1))
                .maxTrackedKeys(64)
                .maxTrackedRecipients(64)
                .build();

        List<RoutingResult> results = runConcurrently(THREADS, t -> {
            List<Notification> batch = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                if (t == 0 && i % 10 == 0) {
                    clock.advance(Duration.ofSeconds(7));
                }
                batch.add(Notifications.sample().deduplicationKey("k" + (i % 97))
                        .severity(i % 3 == 0 ? Severity.CRITICAL : Severity.MINOR)
                        .recipients("user" + (i % 80) + "@example.org").build());
            }
            return batch;
        }, router);

        assertThat(results).hasSize(THREADS * 300).doesNotContainNull();
        assertThat(results).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(router.trackedKeys()).isLessThanOrEqualTo(64);
        assertThat(router.trackedRecipients()).isLessThanOrEqualTo(64);
    }

    /** A clock that moves one second on every read and remembers, per thread, the instant it last handed out. */
    private static final class TickingClock extends java.time.Clock {
        private final java.util.concurrent.atomic.AtomicLong seconds = new java.util.concurrent.atomic.AtomicLong();
        private final ThreadLocal<Instant> lastRead = new ThreadLocal<>();
        private final Instant start = Instant.parse("2026-03-02T09:00:00Z");

        @Override
        public Instant instant() {
            Instant t = start.plusSeconds(seconds.getAndIncrement());
            lastRead.set(t);
            return t;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("tests use UTC");
        }
    }

    @Test
    void underAMovingClockEachKeyAndRecipientKeepsItsWindowAtTheInstantsAdmitted() throws Exception {
        TickingClock ticking = new TickingClock();
        Duration window = Duration.ofSeconds(40);
        int limit = 5;
        // each delivery with the instant its thread was admitted at (the router reads the clock once per route)
        List<Object[]> log = java.util.Collections.synchronizedList(new ArrayList<>());
        Notifier timed = new Notifier() {
            @Override
            public String name() {
                return "mail";
            }

            @Override
            public DeliveryResult send(Notification n) {
                log.add(new Object[] {n, ticking.lastRead.get()});
                return DeliveryResult.delivered("mail");
            }
        };
        NotificationRouter router = NotificationRouter.builder().clock(ticking).notifier(timed)
                .route("mail", RouteCondition.always(), "mail").deduplicationWindow(window)
                .rateLimitPerRecipient(limit, window).build();

        List<RoutingResult> results = runConcurrently(THREADS, t -> {
            List<Notification> batch = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                batch.add(Notifications.sample().deduplicationKey("k" + (i + t) % 6)
                        .recipients("r" + (i + 2 * t) % 3 + "@example.org").build());
            }
            return batch;
        }, router);

        assertThat(results).hasSize(THREADS * 400).doesNotContainNull();
        java.util.Map<String, List<Instant>> byKey = new java.util.HashMap<>();
        java.util.Map<String, List<Instant>> byRecipient = new java.util.HashMap<>();
        for (Object[] e : log) {
            Notification n = (Notification) e[0];
            Instant at = (Instant) e[1];
            byKey.computeIfAbsent(n.deduplicationKey(), k -> new ArrayList<>()).add(at);
            n.recipients().forEach(r -> byRecipient.computeIfAbsent(r, k -> new ArrayList<>()).add(at));
        }
        assertThat(byKey).isNotEmpty();
        byKey.forEach((key, times) -> {
            java.util.Collections.sort(times);
            for (int i = 1; i < times.size(); i++) {
                assertThat(Duration.between(times.get(i - 1), times.get(i))).as(key).isGreaterThanOrEqualTo(window);
            }
        });
        byRecipient.forEach((recipient, times) -> {
            java.util.Collections.sort(times);
            for (int i = limit; i < times.size(); i++) {
                assertThat(Duration.between(times.get(i - limit), times.get(i))).as(recipient)
                        .isGreaterThanOrEqualTo(window);
            }
        });
    }
}

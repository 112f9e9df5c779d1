package org.itm.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The router agrees with a naive model of de-duplication and sliding-window rate limits, for any sequence of
 * notifications, clock steps and downstream failures.
 */
class NotificationRouterProperties {

    private static final Duration DEDUP = Duration.ofSeconds(60);
    private static final Duration RATE_WINDOW = Duration.ofSeconds(100);
    private static final int MAX_PER_RECIPIENT = 3;

    record Event(int key, Set<Integer> recipients, int advanceSeconds, boolean downstreamFails) {
    }

    @Provide
    Arbitrary<List<Event>> events() {
        Arbitrary<Event> event = Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 4).set().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 9).map(i -> i == 0)).as(Event::new);
        return event.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void routerMatchesANaiveModel(@ForAll("events") List<Event> events) {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        RecordingNotifier mail = RecordingNotifier.create("mail");
        NotificationRouter router = NotificationRouter.builder().clock(clock).notifier(mail)
                .route("all", RouteCondition.always(), "mail")
                .deduplicationWindow(DEDUP)
                .rateLimitPerRecipient(MAX_PER_RECIPIENT, RATE_WINDOW)
                .build();
        Map<String, Instant> admittedKeys = new HashMap<>();
        Map<String, List<Instant>> sends = new HashMap<>();

        for (Event e : events) {
            clock.advance(Duration.ofSeconds(e.advanceSeconds()));
            Instant now = clock.instant();
            String key = "k" + e.key();
            List<String> recipients = e.recipients().stream().sorted().map(r -> "user" + r + "@example.org")
                    .collect(Collectors.toList());
            Instant first = admittedKeys.get(key);
            boolean duplicate = first != null && now.isBefore(first.plus(DEDUP));
            List<String> allowed = new ArrayList<>();
            List<String> limited = new ArrayList<>();
            for (String r : recipients) {
                long recent = sends.getOrDefault(r, List.of()).stream()
                        .filter(t -> now.isBefore(t.plus(RATE_WINDOW))).count();
                (recent >= MAX_PER_RECIPIENT ? limited : allowed).add(r);
            }
            boolean sent = !duplicate && !allowed.isEmpty();
            if (sent && e.downstreamFails()) {
                mail.failNext(1, "down");
            }

            RoutingResult result = router.route(Notifications.sample().deduplicationKey(key)
                    .recipients(recipients).build());

            if (duplicate) {
                assertThat(result.status()).isEqualTo(RoutingStatus.SUPPRESSED);
                assertThat(result.reason()).startsWith("duplicate");
                continue;
            }
            assertThat(result.rateLimitedRecipients()).isEqualTo(limited);
            if (!sent) {
                assertThat(result.status()).isEqualTo(RoutingStatus.SUPPRESSED);
                assertThat(result.reason()).startsWith("rate limit");
            } else if (e.downstreamFails()) {
                assertThat(result.status()).isEqualTo(RoutingStatus.FAILED);
            } else {
                assertThat(result.status()).isEqualTo(RoutingStatus.DELIVERED);
                admittedKeys.put(key, now);
                allowed.forEach(r -> sends.computeIfAbsent(r, x -> new ArrayList<>()).add(now));
                assertThat(mail.received()).last().extracting(Notification::recipients).isEqualTo(allowed);
            }
        }
    }
}

package org.itm.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeduplicationAndRateLimitTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private final MutableClock clock = new MutableClock(T0);
    private final RecordingNotifier mail = RecordingNotifier.create("mail");

    private NotificationRouter deduplicating(Duration window) {
        return NotificationRouter.builder().clock(clock).notifier(mail)
                .route("mail", RouteCondition.always(), "mail")
                .deduplicationWindow(window)
                .build();
    }

    private NotificationRouter rateLimited(int max, Duration window) {
        return NotificationRouter.builder().clock(clock).notifier(mail)
                .route("mail", RouteCondition.always(), "mail")
                .rateLimitPerRecipient(max, window)
                .build();
    }

    private static Notification to(String key, String... recipients) {
        return Notifications.sample().deduplicationKey(key).recipients(recipients).build();
    }

    // ---- de-duplication ----

    @Test
    void secondNotificationWithTheSameKeyWithinTheWindowIsSuppressedAndReportedAsSuch() {
        NotificationRouter router = deduplicating(TEN_MINUTES);
        router.route(Notifications.sample("INC-1:breach-75"));
        clock.advance(TEN_MINUTES.minusMillis(1));

        RoutingResult second = router.route(Notifications.sample("INC-1:breach-75"));

        String reason = "duplicate: de-duplication key first admitted at 2026-03-02T09:00:00Z,"
                + " suppressed until 2026-03-02T09:10:00Z (window PT10M)";
        assertThat(second.status()).isEqualTo(RoutingStatus.SUPPRESSED);
        assertThat(second.reason()).isEqualTo(reason);
        assertThat(second.deliveries()).containsExactly(DeliveryResult.suppressed("mail", reason));
        assertThat(second.deduplicationKey()).isEqualTo("INC-1:breach-75");
        assertThat(mail.received()).hasSize(1);
    }

    @Test
    void exactlyOneWindowLaterTheKeyPassesAgainAndStartsANewWindow() {
        NotificationRouter router = deduplicating(TEN_MINUTES);
        router.route(Notifications.sample("k"));

        clock.set(T0.plus(TEN_MINUTES));
        RoutingResult atBoundary = router.route(Notifications.sample("k"));
        clock.set(T0.plus(Duration.ofMinutes(19)));
        RoutingResult insideNewWindow = router.route(Notifications.sample("k"));
        clock.set(T0.plus(Duration.ofMinutes(20)));
        RoutingResult afterNewWindow = router.route(Notifications.sample("k"));

        assertThat(atBoundary.status()).isEqualTo(RoutingStatus.DELIVERED);
        assertThat(insideNewWindow.status()).isEqualTo(RoutingStatus.SUPPRESSED);
        assertThat(insideNewWindow.reason()).contains("first admitted at 2026-03-02T09:10:00Z");
        assertThat(afterNewWindow.status()).isEqualTo(RoutingStatus.DELIVERED);
        assertThat(mail.received()).hasSize(3);
    }

    @Test
    void suppressedDuplicatesDoNotExtendTheWindow() {
        NotificationRouter router = deduplicating(TEN_MINUTES);
        router.route(Notifications.sample("k"));
        clock.advance(Duration.ofMinutes(5));
        router.route(Notifications.sample("k"));
        clock.advance(Duration.ofMinutes(5));

        assertThat(router.route(Notifications.sample("k")).status()).isEqualTo(RoutingStatus.DELIVERED);
    }

    @Test
    void differentKeysAreIndependent() {
        NotificationRouter router = deduplicating(TEN_MINUTES);
        assertThat(router.route(Notifications.sample("a")).status()).isEqualTo(RoutingStatus.DELIVERED);
        assertThat(router.route(Notifications.sample("b")).status()).isEqualTo(RoutingStatus.DELIVERED);
        assertThat(router.route(Notifications.sample("a")).status()).isEqualTo(RoutingStatus.SUPPRESSED);
    }

    @Test
    void withoutADeduplicationWindowEveryNotificationIsSent() {
        NotificationRouter router = NotificationRouter.builder().clock(clock).notifier(mail)
                .route("mail", RouteCondition.always(), "mail").build();
        router.route(Notifications.sample("k"));
        router.route(Notifications.sample("k"));
        assertThat(mail.received()).hasSize(2);
        assertThat(router.trackedKeys()).isZero();
    }

    @Test
    void unroutedNotificationsDoNotConsumeTheirKey() {
        NotificationRouter router = NotificationRouter.builder().clock(clock).notifier(mail)
                .route("critical", RouteCondition.severityAtLeast(Severity.CRITICAL), "mail")
                .deduplicationWindow(TEN_MINUTES).build();

        router.route(Notifications.sample().severity(Severity.INFO).deduplicationKey("k").build());
        RoutingResult critical = router.route(
                Notifications.sample().severity(Severity.CRITICAL).deduplicationKey("k").build());

        assertThat(critical.status()).isEqualTo(RoutingStatus.DELIVERED);
    }

    @Test
    void keysExpireWithTheClockSoMemoryStaysBounded() {
        NotificationRouter router = deduplicating(TEN_MINUTES);
        for (int i = 0; i < 1000; i++) {
            router.route(Notifications.sample("key-" + i));
        }
        assertThat(router.trackedKeys()).isEqualTo(1000);

        clock.advance(TEN_MINUTES.minusSeconds(1));
        assertThat(router.trackedKeys()).isEqualTo(1000);
        clock.advance(Duration.ofSeconds(1));
        assertThat(router.trackedKeys()).isZero();
    }

    @Test
    void onlyTheMostRecentKeysAreKeptBeyondTheCap() {
        NotificationRouter router = NotificationRouter.builder().clock(clock).notifier(mail)
                .route("mail", RouteCondition.always(), "mail")
                .deduplicationWindow(Duration.ofDays(1))
                .maxTrackedKeys(100)
                .build();
        for (int i = 0; i < 250; i++) {
            router.route(Notifications.sample("key-" + i));
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(router.trackedKeys()).isEqualTo(100);
        assertThat(router.route(Notifications.sample("key-249")).status()).isEqualTo(RoutingStatus.SUPPRESSED);
        assertThat(router.route(Notifications.sample("key-150")).status()).isEqualTo(RoutingStatus.SUPPRESSED);
        // the oldest keys were dropped to respect the cap, so they pass again
        assertThat(router.route(Notifications.sample("key-0")).status()).isEqualTo(RoutingStatus.DELIVERED);
    }

    // ---- rate limit per recipient ----

    @Test
    void recipientsOverTheirLimitAreLeftOutAndTheOthersStillReceive() {
        NotificationRouter router = rateLimited(2, Duration.ofHours(1));
        router.route(to("n1", "alice@example.org", "bob@example.org"));
        clock.advance(Duration.ofMinutes(1));
        router.route(to("n2", "alice@example.org", "bob@example.org"));
        clock.advance(Duration.ofMinutes(1));

        RoutingResult third = router.route(to("n3", "alice@example.org", "carol@example.org", "bob@example.org"));

        assertThat(third.status()).isEqualTo(RoutingStatus.DELIVERED);
        assertThat(third.rateLimitedRecipients()).containsExactly("alice@example.org", "bob@example.org");
        assertThat(third.reason()).endsWith("; 2 recipient(s) left out by the rate limit of 2 per PT1H");
        assertThat(mail.received()).last().extracting(Notification::recipients)
                .isEqualTo(List.of("carol@example.org"));
    }

    @Test
    void notificationWhoseRecipientsAreAllOverTheLimitIsSuppressedWithTheReason() {
        NotificationRouter router = rateLimited(2, Duration.ofHours(1));
        router.route(to("n1", "alice@example.org", "bob@example.org"));
        router.route(to("n2", "alice@example.org", "bob@example.org"));

        RoutingResult third = router.route(to("n3", "bob@example.org", "alice@example.org"));

        String reason = "rate limit: every recipient (2) already received 2 notification(s) within PT1H";
        assertThat(third.status()).isEqualTo(RoutingStatus.SUPPRESSED);
        assertThat(third.reason()).isEqualTo(reason);
        assertThat(third.deliveries()).containsExactly(DeliveryResult.suppressed("mail", reason));
        assertThat(third.rateLimitedRecipients()).containsExactly("bob@example.org", "alice@example.org");
        assertThat(mail.received()).hasSize(2);
    }

    @Test
    void limitIsASlidingWindowPerRecipient() {
        NotificationRouter router = rateLimited(2, Duration.ofHours(1));
        router.route(to("n1", "alice@example.org"));                    // 09:00
        clock.set(T0.plus(Duration.ofMinutes(1)));
        router.route(to("n2", "alice@example.org"));                    // 09:01

        clock.set(T0.plus(Duration.ofMinutes(59)));
        assertThat(router.route(to("n3", "alice@example.org")).status()).isEqualTo(RoutingStatus.SUPPRESSED);
        assertThat(router.route(to("n3b", "bob@example.org")).status()).isEqualTo(RoutingStatus.DELIVERED);

        clock.set(T0.plus(Duration.ofHours(1)));                         // 09:00 send expires exactly now
        assertThat(router.route(to("n4", "alice@example.org")).status()).isEqualTo(RoutingStatus.DELIVERED);
        clock.set(T0.plus(Duration.ofMinutes(60).plusSeconds(59)));     // 09:01 and 10:00 still count
        assertThat(router.route(to("n5", "alice@example.org")).status()).isEqualTo(RoutingStatus.SUPPRESSED);
        clock.set(T0.plus(Duration.ofMinutes(61)));                     // 09:01 send expires
        assertThat(router.route(to("n6", "alice@example.org")).status()).isEqualTo(RoutingStatus.DELIVERED);
    }

    @Test
    void duplicatesDoNotUseUpTheRateLimit() {
        NotificationRouter router = NotificationRouter.builder().clock(clock).notifier(mail)
                .route("mail", RouteCondition.always(), "mail")
                .deduplicationWindow(TEN_MINUTES)
                .rateLimitPerRecipient(2, Duration.ofHours(1))
                .build();
        router.route(to("same", "alice@example.org"));
        router.route(to("same", "alice@example.org"));
        router.route(to("same", "alice@example.org"));

        assertThat(router.route(to("other", "alice@example.org")).status()).isEqualTo(RoutingStatus.DELIVERED);
    }

    @Test
    void recipientCountersExpireWithTheClock() {
        NotificationRouter router = rateLimited(3, Duration.ofMinutes(30));
        for (int i = 0; i < 500; i++) {
            router.route(to("n" + i, "user" + i + "@example.org"));
        }
        assertThat(router.trackedRecipients()).isEqualTo(500);

        clock.advance(Duration.ofMinutes(30));

        assertThat(router.trackedRecipients()).isZero();
    }

    @Test
    void recipientCountersAreCapped() {
        NotificationRouter router = NotificationRouter.builder().clock(clock).notifier(mail)
                .route("mail", RouteCondition.always(), "mail")
                .rateLimitPerRecipient(1, Duration.ofHours(1))
                .maxTrackedRecipients(10)
                .build();
        for (int i = 0; i < 50; i++) {
            router.route(to("n" + i, "user" + i + "@example.org"));
        }
        assertThat(router.trackedRecipients()).isEqualTo(10);
        assertThat(router.route(to("again", "user49@example.org")).status()).isEqualTo(RoutingStatus.SUPPRESSED);
    }

    @Test
    void aClockGoingBackwardsKeepsSuppressing() {
        NotificationRouter router = deduplicating(TEN_MINUTES);
        router.route(Notifications.sample("k"));
        clock.set(T0.minus(Duration.ofHours(1)));

        assertThat(router.route(Notifications.sample("k")).status()).isEqualTo(RoutingStatus.SUPPRESSED);
    }
}

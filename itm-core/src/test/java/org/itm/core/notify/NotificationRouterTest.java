package org.itm.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.junit.jupiter.api.Test;

class NotificationRouterTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final RecordingNotifier pager = RecordingNotifier.create("pager");
    private final RecordingNotifier mail = RecordingNotifier.create("mail");
    private final RecordingNotifier chat = RecordingNotifier.create("chat");

    private NotificationRouter.Builder routerBuilder() {
        return NotificationRouter.builder().clock(clock).notifier(pager).notifier(mail).notifier(chat);
    }

    // ---- rules ----

    @Test
    void firstMatchingRouteChoosesTheNotifiersAndExplainsWhy() {
        NotificationRouter router = routerBuilder()
                .route("critical", RouteCondition.severityAtLeast(Severity.CRITICAL), "pager", "mail")
                .route("ops-chat", RouteCondition.channelIn("chat"), "chat")
                .route("mail", RouteCondition.channelIn("email"), "mail")
                .build();

        RoutingResult result = router.route(Notifications.sample().build());

        assertThat(result.status()).isEqualTo(RoutingStatus.DELIVERED);
        assertThat(result.decision().matchedRoutes()).containsExactly("mail");
        assertThat(result.decision().notifiers()).containsExactly("mail");
        assertThat(result.decision().evaluations()).containsExactly(
                new RouteEvaluation("critical", "severity >= CRITICAL", false),
                new RouteEvaluation("ops-chat", "channel = chat", false),
                new RouteEvaluation("mail", "channel = email", true));
        assertThat(result.decision().explanation()).isEqualTo(
                "route 'mail' (channel = email) matched -> [mail]; not matched: 'critical' (severity >= CRITICAL),"
                        + " 'ops-chat' (channel = chat)");
        assertThat(result.deliveries()).containsExactly(DeliveryResult.delivered("mail"));
        assertThat(mail.received()).hasSize(1);
        assertThat(pager.received()).isEmpty();
        assertThat(chat.received()).isEmpty();
    }

    @Test
    void laterRoutesAreNotEvaluatedOnceOneMatches() {
        NotificationRouter router = routerBuilder()
                .route("critical", RouteCondition.severityAtLeast(Severity.MAJOR), "pager")
                .route("mail", RouteCondition.channelIn("email"), "mail")
                .build();

        RoutingDecision decision = router.explain(Notifications.sample().build());

        assertThat(decision.evaluations()).extracting(RouteEvaluation::route).containsExactly("critical");
        assertThat(decision.explanation()).isEqualTo("route 'critical' (severity >= MAJOR) matched -> [pager]");
    }

    @Test
    void allMatchesStrategyUsesEveryMatchingRouteAndSendsOncePerNotifier() {
        NotificationRouter router = routerBuilder()
                .strategy(RoutingStrategy.ALL_MATCHES)
                .route("critical", RouteCondition.severityAtLeast(Severity.MAJOR), "pager", "mail")
                .route("chat", RouteCondition.channelIn("chat"), "chat")
                .route("mail", RouteCondition.channelIn("email"), "mail")
                .build();

        RoutingResult result = router.route(Notifications.sample().build());

        assertThat(result.decision().matchedRoutes()).containsExactly("critical", "mail");
        assertThat(result.decision().notifiers()).containsExactly("pager", "mail");
        assertThat(result.decision().explanation()).isEqualTo(
                "routes 'critical' (severity >= MAJOR), 'mail' (channel = email) matched -> [pager, mail];"
                        + " not matched: 'chat' (channel = chat)");
        assertThat(mail.received()).hasSize(1);
        assertThat(pager.received()).hasSize(1);
    }

    @Test
    void attributeAndCombinedConditionsRoute() {
        NotificationRouter router = routerBuilder()
                .route("network-major", RouteCondition.attributeEquals("team", "network")
                        .and(RouteCondition.severityIn(Severity.MAJOR, Severity.CRITICAL)), "pager")
                .route("tagged", RouteCondition.hasAttribute("team").and(RouteCondition.severityAtLeast(
                        Severity.MAJOR).negate()), "chat")
                .route("rest", RouteCondition.always(), "mail")
                .build();

        assertThat(router.explain(Notifications.sample().attribute("team", "network").build()).notifiers())
                .containsExactly("pager");
        assertThat(router.explain(Notifications.sample().attribute("team", "network").severity(Severity.INFO)
                .build()).notifiers()).containsExactly("chat");
        assertThat(router.explain(Notifications.sample().build()).notifiers()).containsExactly("mail");
        assertThat(router.explain(Notifications.sample().attribute("team", "db").build()).evaluations().get(0)
                .condition()).isEqualTo("(attributes.team = 'network' and severity in [MAJOR, CRITICAL])");
    }

    @Test
    void customPredicateRoutes() {
        NotificationRouter router = routerBuilder()
                .route("vip", n -> n.recipients().contains("ceo@example.org"), "pager")
                .route("described", RouteCondition.of("subject mentions INC", n -> n.subject().contains("INC")),
                        "mail")
                .build();

        assertThat(router.explain(Notifications.sample().recipients("ceo@example.org").build()).explanation())
                .isEqualTo("route 'vip' (custom predicate) matched -> [pager]");
        assertThat(router.explain(Notifications.sample().build()).explanation())
                .isEqualTo("route 'described' (subject mentions INC) matched -> [mail];"
                        + " not matched: 'vip' (custom predicate)");
    }

    @Test
    void noMatchingRouteUsesTheFallback() {
        NotificationRouter router = routerBuilder()
                .route("critical", RouteCondition.severityAtLeast(Severity.CRITICAL), "pager")
                .fallback("chat")
                .build();

        RoutingResult result = router.route(Notifications.sample().build());

        assertThat(result.status()).isEqualTo(RoutingStatus.DELIVERED);
        assertThat(result.decision().fallbackUsed()).isTrue();
        assertThat(result.decision().explanation()).isEqualTo(
                "no route matched (checked 'critical' (severity >= CRITICAL)); fallback -> [chat]");
        assertThat(chat.received()).hasSize(1);
    }

    @Test
    void noMatchingRouteWithoutFallbackIsSuppressedAndExplained() {
        NotificationRouter router = routerBuilder()
                .route("critical", RouteCondition.severityAtLeast(Severity.CRITICAL), "pager")
                .build();

        RoutingResult result = router.route(Notifications.sample().build());

        assertThat(result.status()).isEqualTo(RoutingStatus.SUPPRESSED);
        assertThat(result.reason()).isEqualTo(
                "no route matched (checked 'critical' (severity >= CRITICAL)) and no fallback is configured");
        assertThat(result.deliveries()).isEmpty();
        assertThat(pager.received()).isEmpty();
    }

    @Test
    void aThrowingConditionCountsAsNotMatchingAndIsExplained() {
        NotificationRouter router = routerBuilder()
                .route("broken", RouteCondition.of("team lookup", n -> {
                    throw new IllegalStateException("boom");
                }), "pager")
                .route("mail", RouteCondition.always(), "mail")
                .build();

        RoutingResult result = router.route(Notifications.sample().build());

        assertThat(result.status()).isEqualTo(RoutingStatus.DELIVERED);
        assertThat(result.decision().evaluations().get(0))
                .isEqualTo(new RouteEvaluation("broken", "team lookup [condition threw IllegalStateException]",
                        false));
        assertThat(mail.received()).hasSize(1);
    }

    @Test
    void explainSendsNothingAndLeavesTheWindowsAlone() {
        NotificationRouter router = routerBuilder()
                .route("mail", RouteCondition.always(), "mail")
                .deduplicationWindow(Duration.ofMinutes(10))
                .rateLimitPerRecipient(1, Duration.ofHours(1))
                .build();

        router.explain(Notifications.sample().build());

        assertThat(mail.received()).isEmpty();
        assertThat(router.trackedKeys()).isZero();
        assertThat(router.trackedRecipients()).isZero();
        assertThat(router.route(Notifications.sample().build()).status()).isEqualTo(RoutingStatus.DELIVERED);
    }

    // ---- delivery outcomes ----

    @Test
    void someNotifiersFailingIsPartialDeliveryWithTheFailureReason() {
        pager.failNext(1, "pager gateway timeout");
        NotificationRouter router = routerBuilder()
                .route("critical", RouteCondition.always(), "pager", "mail")
                .build();

        RoutingResult result = router.route(Notifications.sample().build());

        assertThat(result.status()).isEqualTo(RoutingStatus.PARTIALLY_DELIVERED);
        assertThat(result.deliveries()).containsExactly(
                DeliveryResult.failed("pager", "pager gateway timeout", 1), DeliveryResult.delivered("mail"));
        assertThat(result.reason()).startsWith("delivered by [mail], failed at pager (pager gateway timeout)");
        assertThat(result.anyDelivered()).isTrue();
    }

    @Test
    void aThrowingNotifierIsReportedAsFailedAndOthersStillDeliver() {
        Notifier broken = new Notifier() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public DeliveryResult send(Notification notification) {
                throw new IllegalStateException("socket closed");
            }
        };
        NotificationRouter router = NotificationRouter.builder().clock(clock).notifier(broken).notifier(mail)
                .route("all", RouteCondition.always(), "broken", "mail").build();

        RoutingResult result = router.route(Notifications.sample().build());

        assertThat(result.status()).isEqualTo(RoutingStatus.PARTIALLY_DELIVERED);
        assertThat(result.deliveries().get(0)).isEqualTo(DeliveryResult.failed("broken",
                "notifier threw java.lang.IllegalStateException: socket closed", 1));
        assertThat(mail.received()).hasSize(1);
    }

    @Test
    void everyNotifierFailingIsFailedAndDoesNotConsumeTheWindows() {
        pager.failNext(1, "down");
        NotificationRouter router = routerBuilder()
                .route("critical", RouteCondition.always(), "pager")
                .deduplicationWindow(Duration.ofMinutes(10))
                .rateLimitPerRecipient(1, Duration.ofHours(1))
                .build();

        RoutingResult first = router.route(Notifications.sample().build());
        RoutingResult retry = router.route(Notifications.sample().build());

        assertThat(first.status()).isEqualTo(RoutingStatus.FAILED);
        assertThat(first.reason()).startsWith("every notifier failed: pager (down)");
        assertThat(retry.status()).isEqualTo(RoutingStatus.DELIVERED);
        assertThat(pager.received()).hasSize(1);
    }

    @Test
    void routerAsNotifierMapsTheOutcome() {
        NotificationRouter router = routerBuilder()
                .route("mail", RouteCondition.always(), "mail")
                .deduplicationWindow(Duration.ofMinutes(10))
                .build();
        Notifier asOne = router.asNotifier("routed");

        DeliveryResult first = asOne.send(Notifications.sample().build());
        DeliveryResult second = asOne.send(Notifications.sample().build());
        mail.failNext(1, "smtp 421");
        DeliveryResult third = asOne.send(Notifications.sample("other"));

        assertThat(asOne.name()).isEqualTo("routed");
        assertThat(first.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(first.notifierName()).isEqualTo("routed");
        assertThat(second.status()).isEqualTo(DeliveryStatus.SUPPRESSED);
        assertThat(second.reason()).startsWith("duplicate");
        assertThat(third.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(third.reason()).contains("smtp 421");
    }

    @Test
    void nullNotificationIsRejected() {
        NotificationRouter router = routerBuilder().route("mail", RouteCondition.always(), "mail").build();
        assertThatThrownBy(() -> router.route(null)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("notification");
        assertThatThrownBy(() -> router.explain(null)).isInstanceOf(ItmValidationException.class);
    }

    // ---- builder validation ----

    @Test
    void buildReportsEveryConfigurationProblem() {
        NotificationRouter.Builder builder = NotificationRouter.builder()
                .notifier(mail)
                .notifier(RecordingNotifier.create("mail"))
                .route("a", RouteCondition.always(), "mail", "pager")
                .route("a", RouteCondition.always(), "mail")
                .fallback("sms");

        assertThatThrownBy(builder::build).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(Violation::path)
                        .containsExactly("notifiers[mail]", "routes[a].notifiers[1]", "routes[a]", "fallback[0]"));
    }

    @Test
    void routerNeedsNotifiersAndRoutes() {
        assertThatThrownBy(() -> NotificationRouter.builder().build())
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(Violation::path).containsExactly("notifiers", "routes"));
    }

    @Test
    void settersRejectBadArgumentsAtOnce() {
        NotificationRouter.Builder b = NotificationRouter.builder();
        assertThatThrownBy(() -> b.deduplicationWindow(Duration.ofSeconds(-1)))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("deduplicationWindow");
        assertThatThrownBy(() -> b.rateLimitPerRecipient(0, Duration.ofHours(1)))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("maxPerRecipient");
        assertThatThrownBy(() -> b.rateLimitPerRecipient(3, Duration.ZERO))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("rateLimitWindow");
        assertThatThrownBy(() -> b.maxTrackedKeys(0)).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> b.clock(null)).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> b.fallback("mail", "mail")).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("fallback[1]");
        assertThatThrownBy(() -> b.route("bad name", RouteCondition.always(), "mail"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> b.route("r", RouteCondition.always()))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("notifiers");
    }

    @Test
    void routeCopiesItsNotifierList() {
        List<String> names = new java.util.ArrayList<>(List.of("mail"));
        Route route = new Route("r", RouteCondition.always(), names);
        names.add("pager");
        assertThat(route.notifiers()).containsExactly("mail");
    }
}

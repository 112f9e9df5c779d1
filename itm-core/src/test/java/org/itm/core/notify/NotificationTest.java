package org.itm.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.json.ItmJson;
import org.junit.jupiter.api.Test;

class NotificationTest {

    @Test
    void builderProducesTheNotificationWithCopiedCollections() {
        List<String> recipients = new ArrayList<>(List.of("alice@example.org"));
        Map<String, String> attributes = new HashMap<>(Map.of("team", "network"));
        Notification n = Notifications.sample().recipients(recipients).attributes(attributes).build();
        recipients.add("mallory@example.org");
        attributes.put("team", "other");

        assertThat(n.recipients()).containsExactly("alice@example.org");
        assertThat(n.attributes()).containsExactly(Map.entry("team", "network"));
        assertThatThrownBy(() -> n.recipients().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(n.channel()).isEqualTo("email");
        assertThat(n.severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void blankSubjectIsRejectedNamingTheField() {
        assertThatThrownBy(() -> Notifications.sample().subject("  ").build())
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .containsExactly(new Violation("subject", "must not be blank")));
    }

    @Test
    void noRecipientsIsRejectedNamingTheField() {
        assertThatThrownBy(() -> Notifications.sample().recipients(List.of()).build())
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(Violation::path).containsExactly("recipients"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Notification.Builder b = Notification.builder()
                .channel("e mail")
                .recipients(Arrays.asList("a@example.org", " ", "a@example.org"))
                .subject("line1\nline2")
                .body("ok")
                .correlationId("")
                .deduplicationKey(" ")
                .attribute("bad key", "v");

        assertThatThrownBy(b::build).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(Violation::path)
                        .containsExactly("channel", "recipients[1]", "recipients[2]", "subject", "severity",
                                "correlationId", "deduplicationKey", "attributes"));
    }

    @Test
    void missingFieldsAreNamed() {
        assertThatThrownBy(() -> Notification.builder().build())
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(Violation::path)
                        .containsExactly("channel", "recipients", "subject", "severity", "correlationId",
                                "deduplicationKey"));
    }

    @Test
    void bodyMayBeEmptyAndSpanLines() {
        assertThat(Notifications.sample().body("").build().body()).isEmpty();
        assertThat(Notifications.sample().body("a\r\n\tb").build().body()).isEqualTo("a\r\n\tb");
    }

    @Test
    void bodyWithControlCharactersIsRejected() {
        assertThatThrownBy(() -> Notifications.sample().body("a\u0000b").build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("body");
    }

    @Test
    void nullAttributeValueIsRejectedNamingTheKey() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("team", null);
        assertThatThrownBy(() -> Notifications.sample().attributes(attributes).build())
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations())
                        .extracting(Violation::path).containsExactly("attributes.team"));
    }

    @Test
    void tooManyRecipientsAreRejected() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= Notification.MAX_RECIPIENTS; i++) {
            many.add("r" + i + "@example.org");
        }
        assertThatThrownBy(() -> Notifications.sample().recipients(many).build())
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("at most 1000");
    }

    @Test
    void builderFromTemplateCopiesEveryField() {
        Notification n = Notifications.sample().attribute("team", "db").build();
        assertThat(Notification.builder(n).build()).isEqualTo(n);
        assertThat(Notification.builder(n).subject("other").build().subject()).isEqualTo("other");
    }

    @Test
    void withRecipientsKeepsTheRestAndValidates() {
        Notification n = Notifications.sample().build();
        assertThat(n.withRecipients(List.of("carol@example.org")))
                .isEqualTo(Notifications.sample().recipients("carol@example.org").build());
        assertThatThrownBy(() -> n.withRecipients(List.of())).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void notificationAndResultsRoundTripThroughJson() {
        Notification n = Notifications.sample().attribute("team", "db").build();
        assertThat(ItmJson.fromJson(ItmJson.toJson(n), Notification.class)).isEqualTo(n);
        DeliveryResult r = DeliveryResult.failed("mail", "timeout", 3);
        assertThat(ItmJson.fromJson(ItmJson.toJson(r), DeliveryResult.class)).isEqualTo(r);
        DeliveryResult d = DeliveryResult.delivered("mail");
        assertThat(ItmJson.fromJson(ItmJson.toJson(d), DeliveryResult.class)).isEqualTo(d);
    }

    @Test
    void routingResultRoundTripsThroughJson() {
        RoutingDecision decision = new RoutingDecision(
                List.of(new RouteEvaluation("pager", "severity >= CRITICAL", false),
                        new RouteEvaluation("mail", "channel = email", true)),
                List.of("mail"), List.of("mail"), false);
        RoutingResult result = new RoutingResult("INC-1", "INC-1:assigned", RoutingStatus.DELIVERED,
                "delivered by [mail]", decision, List.of(DeliveryResult.delivered("mail")),
                List.of("bob@example.org"));

        assertThat(ItmJson.fromJson(ItmJson.toJson(result), RoutingResult.class)).isEqualTo(result);
    }

    @Test
    void invalidJsonIsRejectedWithThePath() {
        String json = ItmJson.toJson(Notifications.sample().build()).replace("INC-1 assigned to you", " ");
        assertThatThrownBy(() -> ItmJson.fromJson(json, Notification.class))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("subject");
    }
}

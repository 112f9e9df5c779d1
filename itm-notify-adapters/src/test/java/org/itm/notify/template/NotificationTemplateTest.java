package org.itm.notify.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.event.DomainEvent;
import org.itm.core.json.ItmJson;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Severity;
import org.junit.jupiter.api.Test;

class NotificationTemplateTest {

    private static final Notification HOSTILE = Notification.builder().channel("email")
            .recipients("oncall@example.org").subject("<script>alert('x')</script> & \"quotes\"")
            .body("line 1\nline 2\t\\ end").severity(Severity.MAJOR).correlationId("INC-7")
            .deduplicationKey("k").attribute("service", "pay<ments>").build();

    @Test
    void placeholdersAreFilledFromTheNotificationAndEscapedAsHtml() {
        NotificationTemplate t = NotificationTemplate.parse(
                "<h1>{{severity}}: {{ subject }}</h1><p title=\"{{attributes.service}}\">{{body}}</p>");

        assertThat(t.render(HOSTILE, Escaping.HTML)).isEqualTo(
                "<h1>MAJOR: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;</h1>"
                        + "<p title=\"pay&lt;ments&gt;\">line 1\nline 2\t\\ end</p>");
    }

    @Test
    void jsonStringEscapingKeepsAJsonTemplateValidWhateverTheValues() {
        NotificationTemplate t = NotificationTemplate.parse(
                "{\"title\":\"{{subject}}\",\"text\":\"{{body}}\",\"id\":\"{{correlationId}}\"}");

        String json = t.render(HOSTILE, Escaping.JSON_STRING);

        Map<?, ?> parsed = ItmJson.fromJson(json, Map.class);
        assertThat(parsed.get("title")).isEqualTo(HOSTILE.subject());
        assertThat(parsed.get("text")).isEqualTo(HOSTILE.body());
        assertThat(parsed.get("id")).isEqualTo("INC-7");
        assertThat(Escaping.JSON_STRING.escape("a\u0001b\u2028")).isEqualTo("a\\u0001b\\u2028");
    }

    @Test
    void slackEscapingNeutralisesMentionsAndLinks() {
        NotificationTemplate t = NotificationTemplate.parse("*{{subject}}*");

        assertThat(t.render(Map.of("subject", "<!here> <@U1> a&b"), Escaping.SLACK_MRKDWN))
                .isEqualTo("*&lt;!here&gt; &lt;@U1&gt; a&amp;b*");
        assertThat(Escaping.SLACK_MRKDWN_IN_JSON.escape("<x> \"y\"")).isEqualTo("&lt;x&gt; \\\"y\\\"");
    }

    @Test
    void theTemplatesOwnTextIsNeverEscaped() {
        assertThat(NotificationTemplate.parse("<b>{{x}}</b> & more").render(Map.of("x", "<i>"), Escaping.HTML))
                .isEqualTo("<b>&lt;i&gt;</b> & more");
    }

    @Test
    void everyMissingPlaceholderIsListedUnlessItHasAFallback() {
        NotificationTemplate t = NotificationTemplate.parse("{{a}} {{b}} {{c|none}} {{a}}");

        assertThat(t.placeholders()).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> t.render(Map.of("z", "1"), Escaping.NONE))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("[a, b]");
        assertThat(t.render(Map.of("a", "1", "b", "2"), Escaping.NONE)).isEqualTo("1 2 none 1");
    }

    @Test
    void malformedPlaceholdersAreRejectedWithTheirOffset() {
        assertThatThrownBy(() -> NotificationTemplate.parse("ok {{not closed"))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("offset 3");
        assertThatThrownBy(() -> NotificationTemplate.parse("{{bad name}}"))
                .isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> NotificationTemplate.parse(null)).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void domainEventsFillPlaceholdersFromTheirFieldsAndPayload() {
        DomainEvent event = new DomainEvent("EV-1", "incident.opened", "INC-9",
                Instant.parse("2026-03-02T08:00:00Z"), Map.of("priority", "P1", "title", "VPN <down>"));
        NotificationTemplate t = NotificationTemplate.parse(
                "{{type}} {{aggregateId}} at {{occurredAt}}: {{payload.title}} ({{payload.priority}})");

        assertThat(t.render(event, Escaping.HTML))
                .isEqualTo("incident.opened INC-9 at 2026-03-02T08:00:00Z: VPN &lt;down&gt; (P1)");
    }
}

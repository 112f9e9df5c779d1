package org.itm.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.itm.core.embed.ItmEnvironment;
import org.itm.core.notify.Notifier;
import org.itm.core.notify.RecordingNotifier;
import org.itm.core.time.BusinessCalendar;
import org.itm.operations.change.Change;
import org.itm.operations.change.ChangeType;
import org.itm.operations.embed.OperationsServices;
import org.itm.operations.escalation.EscalationEngine;
import org.itm.operations.escalation.EscalationRule;
import org.itm.operations.incident.Incident;
import org.itm.operations.incident.IncidentState;
import org.itm.risk.embed.RiskServices;
import org.itm.risk.register.RiskAppetite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the README's facade snippet true: the same lines (the store URL points into a temporary folder). */
class ReadmeFacadeExampleTest {

    @TempDir
    Path dir;

    private final Notifier webhook = RecordingNotifier.create("ops-webhook");
    private final List<EscalationRule> rules = List.of(
            EscalationRule.slaElapsed("sla-50", "resolution", 0.5).withNotify("email", "service-desk"));
    private final RiskAppetite appetite = new RiskAppetite(Map.of("security", 9), Map.of("security", 12), 12, 15);

    @Test
    void readmeFacadeSnippetRunsAndASecondRunContinuesItsState() {
        String storeUrl = "jdbc:h2:file:" + dir.resolve("desk").toAbsolutePath();
        Incident incident;
        EscalationEngine escalations;
        RiskServices risk;
        try (ItmEnvironment env = ItmEnvironment.builder()
                .storeUrl(storeUrl)
                .clock(Clock.systemUTC())
                .notifier(webhook)
                .calendar("24x7", BusinessCalendar.twentyFourSeven(ZoneId.of("UTC")))
                .build()) {
            OperationsServices ops = OperationsServices.from(env);
            incident = ops.serviceDesk().open("Mail down", "email", 2, 2, "alice");
            ops.changes().create(Change.draft("CHG-1", "Patch mail relay", ChangeType.NORMAL, "rita",
                    List.of("mail-relay"), env.clock().instant()));
            escalations = ops.escalation(rules, "ops-webhook");
            risk = RiskServices.from(env, appetite);
            assertThat(env.drainOutbox().sent()).isZero();
        }
        assertThat(escalations).isNotNull();
        assertThat(risk.risks().appetite()).isEqualTo(appetite);

        try (ItmEnvironment env = ItmEnvironment.builder().storeUrl(storeUrl).clock(Clock.systemUTC()).build()) {
            OperationsServices ops = OperationsServices.from(env);
            assertThat(ops.incidents().find(incident.id())).get().extracting(Incident::state)
                    .isEqualTo(IncidentState.NEW);
            assertThat(ops.changes().findAll(ops.changes().open())).extracting(v -> v.value().id())
                    .containsExactly("CHG-1");
        }
    }
}

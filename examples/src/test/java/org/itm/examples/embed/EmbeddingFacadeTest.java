package org.itm.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.itm.core.embed.ItmEnvironment;
import org.itm.core.notify.Notification;
import org.itm.core.notify.RecordingNotifier;
import org.itm.core.store.DocumentStores;
import org.itm.core.time.BusinessCalendar;
import org.itm.governance.embed.GovernanceServices;
import org.itm.metrics.embed.MetricsServices;
import org.itm.operations.change.Change;
import org.itm.operations.change.ChangeRepository;
import org.itm.operations.change.ChangeType;
import org.itm.operations.embed.OperationsServices;
import org.itm.operations.escalation.EscalationEngine;
import org.itm.operations.escalation.EscalationRule;
import org.itm.operations.incident.Incident;
import org.itm.operations.incident.IncidentRepository;
import org.itm.operations.incident.IncidentState;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaEngine;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaMetric;
import org.itm.operations.sla.SlaTarget;
import org.itm.operations.sla.SlaTimeline;
import org.itm.risk.embed.RiskServices;
import org.itm.risk.register.Risk;
import org.itm.risk.register.RiskAppetite;
import org.itm.risk.register.TreatmentPlan;
import org.itm.risk.register.Treatment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding facade over the in-memory store and over an H2 file (and PostgreSQL when ITM_TEST_POSTGRES_URL is
 * set) that a second "process" continues.
 */
class EmbeddingFacadeTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final RiskAppetite APPETITE =
            new RiskAppetite(Map.of("security", 9), Map.of("security", 12), 12, 15);
    private static final List<EscalationRule> RULES = List.of(
            EscalationRule.slaElapsed("sla-50", "resolution", 0.5).withNotify("email", "service-desk"));
    private static final SlaDefinition RESOLUTION = SlaDefinition.builder("resolution").metric(SlaMetric.RESOLUTION)
            .calendar("24x7").target("P2", SlaTarget.businessHours(8)).build();

    @TempDir
    Path dir;

    private static ItmEnvironment environment(String url, Instant now, RecordingNotifier webhook) {
        return ItmEnvironment.builder().storeUrl(url).clock(Clock.fixed(now, ZoneOffset.UTC)).notifier(webhook)
                .calendar("24x7", BusinessCalendar.twentyFourSeven(ZoneId.of("UTC"))).build();
    }

    private static Risk ransomware() {
        return Risk.builder("R1", "Ransomware on file servers", "security", "ciso").inherent(4, 5).residual(3, 4)
                .treatment(TreatmentPlan.of(Treatment.MITIGATE, "immutable backups", LocalDate.of(2026, 6, 1)))
                .review(Period.ofMonths(3), LocalDate.of(2026, 3, 1)).build();
    }

    /** One "process": uses every module's services on the environment, as an application would. */
    private static void escalate(OperationsServices ops, String incidentId, Instant now) {
        SlaTimeline ticket = new SlaTimeline(incidentId, Map.of(), List.of(SlaEvent.of(T0, "IN_PROGRESS", "P2")));
        SlaEngine sla = ops.sla();
        EscalationEngine escalation = ops.escalation(RULES, "webhook");
        escalation.evaluate(ticket, sla.evaluateAll(List.of(RESOLUTION), ticket, now), now);
    }

    @Test
    void aSecondFacadeOnTheSameH2FileContinuesTheOpenIncidentsChangesAndRisks() {
        continuesAcrossRestarts("jdbc:h2:file:" + dir.resolve("itm").toAbsolutePath());
    }

    @Test
    void aSecondFacadeOnTheSamePostgreSqlDatabaseContinuesTheOpenIncidentsChangesAndRisks() throws Exception {
        String base = System.getenv("ITM_TEST_POSTGRES_URL");
        Assumptions.assumeTrue(base != null && !base.isBlank(), "PostgreSQL facade test SKIPPED: set "
                + "ITM_TEST_POSTGRES_URL to a JDBC URL with user and password (run .ci/postgres.sh to get one)");
        // a schema of its own, so the exact counts below do not see other tests' documents
        String schema = "itm_facade_" + Long.toHexString(System.nanoTime());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(base);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        try {
            continuesAcrossRestarts(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        } finally {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(base);
                 java.sql.Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private void continuesAcrossRestarts(String url) {
        RecordingNotifier firstWebhook = RecordingNotifier.create("webhook");
        String incidentId;
        try (ItmEnvironment env = environment(url, T0, firstWebhook)) {
            OperationsServices ops = OperationsServices.from(env);
            Incident opened = ops.serviceDesk().open("Mail down", "email", 2, 2, "alice");
            incidentId = opened.id().value();
            ops.serviceDesk().assign(opened.id(), "messaging", java.util.Optional.of("bob"), "alice");
            ops.serviceDesk().start(opened.id(), "bob");
            ops.changes().create(Change.draft("CHG-1", "Patch mail relay", ChangeType.NORMAL, "rita",
                    List.of("mail-relay"), T0));
            RiskServices.from(env, APPETITE).risks().create(ransomware());
            escalate(ops, incidentId, T0.plus(Duration.ofHours(5)));
            // the process stops before draining the outbox: the escalation is decided but not sent
        }
        assertThat(firstWebhook.received()).isEmpty();

        RecordingNotifier secondWebhook = RecordingNotifier.create("webhook");
        Instant later = T0.plus(Duration.ofHours(6));
        try (ItmEnvironment env = environment(url, later, secondWebhook)) {
            OperationsServices ops = OperationsServices.from(env);
            IncidentRepository incidents = ops.incidents();
            Incident continued = incidents.findAll().stream().filter(i -> i.id().value().equals(incidentId))
                    .findFirst().orElseThrow();
            assertThat(continued.state()).isEqualTo(IncidentState.IN_PROGRESS);
            ops.serviceDesk().resolve(continued.id(), "FIXED", "relay restarted", "bob");

            ChangeRepository changes = ops.changes();
            assertThat(changes.findAll(changes.open())).extracting(v -> v.value().id()).containsExactly("CHG-1");
            RiskServices risk = RiskServices.from(env, APPETITE);
            assertThat(risk.risks().findAll(risk.risks().aboveAppetite())).extracting(v -> v.value().id())
                    .containsExactly("R1");

            escalate(ops, incidentId, later);            // re-evaluated after the restart: fires nothing again
            assertThat(env.drainOutbox().sent()).isEqualTo(1);
            assertThat(env.drainOutbox().sent()).isZero();
            assertThat(secondWebhook.received()).extracting(n -> n.idempotencyKey().orElseThrow())
                    .containsExactly("escalation:" + incidentId + "|sla-50|cycle1");
        }

        try (ItmEnvironment env = environment(url, later, RecordingNotifier.create("webhook"))) {
            assertThat(OperationsServices.from(env).incidents().findAll()).singleElement()
                    .extracting(Incident::state).isEqualTo(IncidentState.RESOLVED);
        }
    }

    @Test
    void theInMemoryDefaultServesEveryModuleAndForgetsWithTheProcess() {
        RecordingNotifier webhook = RecordingNotifier.create("webhook");
        Instant now = T0.plus(Duration.ofHours(5));
        try (ItmEnvironment env = ItmEnvironment.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).notifier(webhook)
                .calendar("24x7", BusinessCalendar.twentyFourSeven(ZoneId.of("UTC"))).build()) {
            OperationsServices ops = OperationsServices.from(env);
            Incident opened = ops.serviceDesk().open("VPN slow", "network", 2, 2, "alice");
            escalate(ops, opened.id().value(), now);
            assertThat(env.drainOutbox().sent()).isEqualTo(1);
            assertThat(webhook.received()).extracting(Notification::recipients)
                    .containsExactly(List.of("service-desk"));
            assertThat(GovernanceServices.from(env).decisionRecords().store()).isSameAs(env.store());
            assertThat(MetricsServices.from(env).improvements().store()).isSameAs(env.store());
            assertThat(MetricsServices.from(env).surveyResponses().store()).isSameAs(env.store());
            assertThat(RiskServices.from(env, APPETITE).controls().store()).isSameAs(env.store());
        }
        try (ItmEnvironment fresh = ItmEnvironment.builder().clock(Clock.fixed(T0, ZoneOffset.UTC))
                .build()) {
            assertThat(OperationsServices.from(fresh).incidents().findAll()).isEmpty();
        }
    }

    @Test
    void everyServiceCanBeReplaced() {
        ItmEnvironment env = ItmEnvironment.builder().clock(Clock.fixed(T0, ZoneOffset.UTC))
                .build();
        IncidentRepository mine = IncidentRepository.inMemory();
        ChangeRepository otherStore = ChangeRepository.documentStore(DocumentStores.inMemory());
        OperationsServices ops = OperationsServices.builder(env).incidents(mine).changes(otherStore).build();

        ops.serviceDesk().open("Printer jam", "hardware", 3, 3, "alice");
        assertThat(mine.findAll()).hasSize(1);
        assertThat(IncidentRepository.documentStore(env.store()).findAll()).isEmpty();
        assertThat(ops.changes()).isSameAs(otherStore);
        assertThat(ops.problems().store()).isSameAs(env.store());
    }

    @Test
    void badFacadeSettingsAreRejectedNamingEachField() {
        ItmEnvironment env = ItmEnvironment.builder().clock(Clock.fixed(T0, ZoneOffset.UTC))
                .notifier(RecordingNotifier.create("webhook")).build();
        assertThatThrownBy(() -> OperationsServices.builder(env).incidents(null).reopenPeriod(Duration.ofDays(-1))
                .build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactlyInAnyOrder("incidents", "reopenPeriod"));
        assertThatThrownBy(() -> OperationsServices.from(null))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("environment"));
        assertThatThrownBy(() -> OperationsServices.from(env).escalation(RULES, "pager"))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("notifierName"));
        assertThatThrownBy(() -> RiskServices.builder(env).build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("appetite"));
        assertThatThrownBy(() -> ItmEnvironment.builder().storeUrl("jdbc:nosuchdb://x").clock(null).build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("clock"));
        assertThatThrownBy(() -> ItmEnvironment.builder().clock(Clock.fixed(T0, ZoneOffset.UTC))
                .storeUrl("jdbc:nosuchdb://x").build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("storeUrl"));
        assertThatThrownBy(() -> ItmEnvironment.builder().clock(Clock.fixed(T0, ZoneOffset.UTC))
                .storeUrl("ldap://x").build())
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("storeUrl"));
    }
}

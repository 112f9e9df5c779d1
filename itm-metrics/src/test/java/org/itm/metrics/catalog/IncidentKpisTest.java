package org.itm.metrics.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.time.BusinessCalendar;
import org.itm.metrics.input.IncidentRecord;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResults;
import org.itm.metrics.kpi.RagStatus;
import org.itm.metrics.kpi.TimeWindow;
import org.junit.jupiter.api.Test;

public class IncidentKpisTest {

    static final ZoneId UTC = ZoneId.of("UTC");
    public static final BusinessCalendar NINE_TO_FIVE = BusinessCalendar.weekdays(UTC, LocalTime.of(9, 0),
            LocalTime.of(17, 0));

    static IncidentRecord incident(String id, String opened, String ack, String resolved, int reassignments,
                                   int reopens, boolean sla, boolean fcr, boolean major) {
        return new IncidentRecord(id, "mail", "ops", "P2", "email", "mx-1", Instant.parse(opened),
                Optional.ofNullable(ack).map(Instant::parse), Optional.ofNullable(resolved).map(Instant::parse),
                reassignments, reopens, sla, fcr, major);
    }

    // Friday 2026-03-06 16:00 UTC .. Monday 2026-03-09 10:00: 66 h wall clock, 2 business hours
    public static final List<IncidentRecord> MARCH = List.of(
            incident("1", "2026-03-06T16:00:00Z", "2026-03-06T16:30:00Z", "2026-03-09T10:00:00Z", 1, 0, false,
                    false, false),
            incident("2", "2026-03-10T09:00:00Z", "2026-03-10T09:06:00Z", "2026-03-10T11:00:00Z", 0, 0, true, true,
                    false),
            incident("3", "2026-03-11T12:00:00Z", "2026-03-11T12:12:00Z", "2026-03-11T16:00:00Z", 0, 1, true, false,
                    true),
            incident("4", "2026-03-20T12:00:00Z", null, null, 2, 0, false, false, false));

    @Test
    void workedExampleOfTheIncidentCatalog() {
        KpiEngine<IncidentRecord> engine = KpiEngine.create(IncidentKpis.schema(NINE_TO_FIVE),
                IncidentKpis.catalog(List.of("service"), TimeWindow.month(UTC)));
        KpiResults r = engine.compute(MARCH);
        Map<String, String> mail = Map.of("service", "mail");
        LocalDate march = LocalDate.of(2026, 3, 1);

        assertThat(r.find(IncidentKpis.VOLUME, mail, march).orElseThrow().value()).isEqualTo(4);
        assertThat(r.find(IncidentKpis.MAJOR, mail, march).orElseThrow().status()).isEqualTo(RagStatus.AMBER);
        // (0.5 + 0.1 + 0.2) / 3 acknowledged
        assertThat(r.find(IncidentKpis.MTTA, mail, march).orElseThrow().value()).isCloseTo(0.8 / 3, within(1e-9));
        // resolved in 66 h, 2 h and 4 h
        assertThat(r.find(IncidentKpis.MTTR_MEAN, mail, march).orElseThrow().value()).isEqualTo(24.0);
        assertThat(r.find(IncidentKpis.MTTR_MEDIAN, mail, march).orElseThrow().value()).isEqualTo(4.0);
        // business hours: 1 h Friday + 1 h Monday, 2 h, 4 h
        assertThat(r.find(IncidentKpis.MTTR_BUSINESS_MEAN, mail, march).orElseThrow().value())
                .isCloseTo(8.0 / 3, within(1e-9));
        assertThat(r.find(IncidentKpis.MTTR_BUSINESS_MEDIAN, mail, march).orElseThrow().value()).isEqualTo(2.0);
        assertThat(r.find(IncidentKpis.SLA_ATTAINMENT, mail, march).orElseThrow().value())
                .isCloseTo(200.0 / 3, within(1e-9));
        assertThat(r.find(IncidentKpis.SLA_ATTAINMENT, mail, march).orElseThrow().status())
                .isEqualTo(RagStatus.RED);
        assertThat(r.find(IncidentKpis.FIRST_CONTACT_RESOLUTION, mail, march).orElseThrow().value())
                .isCloseTo(100.0 / 3, within(1e-9));
        // reassigned: incidents 1 and 4 of 4
        assertThat(r.find(IncidentKpis.REASSIGNMENT_RATE, mail, march).orElseThrow().value()).isEqualTo(50.0);
        assertThat(r.find(IncidentKpis.REOPEN_RATE, mail, march).orElseThrow().value())
                .isCloseTo(100.0 / 3, within(1e-9));
        // 31 days * 24 h / 4 incidents
        assertThat(r.find(IncidentKpis.MTBF, mail, march).orElseThrow().value()).isEqualTo(186.0);
    }

    @Test
    void backlogCountsWhatIsOpenAtTheAsOfInstantAndItsAge() {
        Instant asOf = Instant.parse("2026-03-21T12:00:00Z");
        KpiEngine<IncidentRecord> engine = KpiEngine.create(IncidentKpis.backlogSchema(NINE_TO_FIVE, asOf),
                IncidentKpis.backlog(List.of()));
        KpiResults r = engine.compute(MARCH);
        assertThat(r.total(IncidentKpis.BACKLOG).orElseThrow().value()).isEqualTo(1);
        assertThat(r.total(IncidentKpis.BACKLOG_AGE_MEDIAN).orElseThrow().value()).isEqualTo(24.0);
    }

    @Test
    void everyCatalogKpiHasItsDefinitionWrittenDown() {
        assertThat(IncidentKpis.catalog(UTC)).allSatisfy(d -> assertThat(d.description()).hasSizeGreaterThan(20));
        assertThat(ChangeKpis.catalog(UTC)).allSatisfy(d -> assertThat(d.description()).isNotBlank());
        assertThat(DoraKpis.catalog(UTC)).allSatisfy(d -> assertThat(d.description()).isNotBlank());
        assertThat(CapacityKpis.catalog(UTC)).allSatisfy(d -> assertThat(d.description()).isNotBlank());
        assertThat(GovernanceKpis.catalog(UTC)).allSatisfy(d -> assertThat(d.description()).isNotBlank());
        assertThat(RiskKpis.vulnerabilityCatalog(UTC)).allSatisfy(d -> assertThat(d.description()).isNotBlank());
        assertThat(RiskKpis.postureCatalog(List.of())).allSatisfy(d -> assertThat(d.description()).isNotBlank());
    }
}

package org.itm.operations.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class IncidentLogKpisTest {

    /**
     * Five incidents. P3: A resolved after 2 h (reassigned twice, SLA made), B after 5 h (reopened once, SLA
     * missed at the last update although made earlier), C after 4 h, D unresolved (reassigned once). P1: E
     * resolved after 1 h 30 min, priority raised from P3 at its last update.
     */
    private static final String SAMPLE = """
            A,New,true,0,0,0,true,1/3/2016 08:00,u,1/3/2016 08:05,3 - Moderate,G,1/3/2016 10:00,?
            A,Closed,false,2,0,1,true,1/3/2016 08:00,u,3/3/2016 10:00,3 - Moderate,G,1/3/2016 10:00,3/3/2016 10:00
            B,Resolved,true,0,0,0,true,1/3/2016 08:00,u,1/3/2016 13:00,3 - Moderate,G,1/3/2016 13:00,?
            B,Active,true,0,1,1,false,1/3/2016 08:00,u,2/3/2016 13:00,3 - Moderate,G,1/3/2016 13:00,?
            C,Resolved,true,0,0,0,true,1/3/2016 08:00,u,1/3/2016 12:00,3 - Moderate,G,1/3/2016 12:00,?
            D,Active,true,1,0,0,false,1/3/2016 08:00,u,1/3/2016 09:00,3 - Moderate,G,?,?
            E,New,true,0,0,0,true,1/3/2016 08:00,u,1/3/2016 08:01,3 - Moderate,G,1/3/2016 09:30,?
            E,Resolved,true,0,0,1,true,1/3/2016 08:00,u,1/3/2016 09:30,1 - Critical,G,1/3/2016 09:30,?
            """;

    private static IncidentLogKpis kpis() {
        ImportResult r = ServiceNowEventLogImporter.create()
                .importCsv(new StringReader(ServiceNowEventLogImporterTest.HEADER + SAMPLE));
        assertThat(r.report().rejected()).isEmpty();
        return IncidentLogKpis.compute(r.incidents());
    }

    @Test
    void overallFiguresFollowTheDocumentedDefinitions() {
        IncidentGroupKpis all = kpis().overall();
        assertThat(all.group()).isEqualTo(IncidentLogKpis.ALL);
        assertThat(all.incidents()).isEqualTo(5);
        assertThat(all.resolved()).isEqualTo(4);
        // (2 h + 5 h + 4 h + 1.5 h) / 4 = 3 h 7 min 30 s
        assertThat(all.mttrMean()).contains(Duration.parse("PT3H7M30S"));
        // sorted 1.5, 2, 4, 5 h: mean of 2 h and 4 h
        assertThat(all.mttrMedian()).contains(Duration.ofHours(3));
        assertThat(all.reassigned()).isEqualTo(new CountShare(2, 5));
        assertThat(all.totalReassignments()).isEqualTo(3);
        assertThat(all.meanReassignments()).isEqualTo(new BigDecimal("0.6000"));
        assertThat(all.reopened()).isEqualTo(new CountShare(1, 5));
        assertThat(all.slaMade()).isEqualTo(new CountShare(3, 5));
        assertThat(all.slaMade().percent(1)).isEqualTo(new BigDecimal("60.0"));
    }

    @Test
    void incidentsAreGroupedByThePriorityOfTheirLatestUpdate() {
        IncidentLogKpis k = kpis();
        assertThat(k.byPriority()).containsOnlyKeys("1 - Critical", "3 - Moderate");
        IncidentGroupKpis p1 = k.priority("1 - Critical").orElseThrow();
        assertThat(p1.incidents()).isEqualTo(1);
        assertThat(p1.mttrMean()).contains(Duration.parse("PT1H30M"));
        assertThat(p1.mttrMedian()).contains(Duration.parse("PT1H30M"));
        IncidentGroupKpis p3 = k.priority("3 - Moderate").orElseThrow();
        assertThat(p3.incidents()).isEqualTo(4);
        assertThat(p3.resolved()).isEqualTo(3);
        // (2 + 5 + 4) / 3 h = 3 h 40 min; odd count: the middle value
        assertThat(p3.mttrMean()).contains(Duration.parse("PT3H40M"));
        assertThat(p3.mttrMedian()).contains(Duration.ofHours(4));
        assertThat(p3.reassigned()).isEqualTo(new CountShare(2, 4));
        assertThat(p3.meanReassignments()).isEqualTo(new BigDecimal("0.7500"));
        assertThat(p3.reopened()).isEqualTo(new CountShare(1, 4));
        assertThat(p3.slaMade()).isEqualTo(new CountShare(2, 4));
        assertThat(k.priority("2 - High")).isEmpty();
    }

    @Test
    void meanAndMedianRoundHalfUpToWholeSeconds() {
        ImportResult r = ServiceNowEventLogImporter.create().importCsv(new StringReader(
                ServiceNowEventLogImporterTest.HEADER + """
                X,Resolved,true,0,0,0,true,1/3/2016 08:00,u,1/3/2016 08:01,4 - Low,G,1/3/2016 08:01,?
                Y,Resolved,true,0,0,0,true,1/3/2016 08:00,u,1/3/2016 08:02,4 - Low,G,1/3/2016 08:02,?
                Z,Resolved,true,0,0,0,true,1/3/2016 08:00,u,1/3/2016 08:02,4 - Low,G,1/3/2016 08:02,?
                """));
        IncidentGroupKpis low = IncidentLogKpis.compute(r.incidents()).overall();
        // (60 + 120 + 120) / 3 = 100 s exactly; median 120 s
        assertThat(low.mttrMean()).contains(Duration.ofSeconds(100));
        assertThat(low.mttrMedian()).contains(Duration.ofSeconds(120));
        IncidentGroupKpis two = IncidentLogKpis.compute(r.incidents().subList(0, 2)).overall();
        assertThat(two.mttrMean()).contains(Duration.ofSeconds(90));
        assertThat(two.mttrMedian()).contains(Duration.ofSeconds(90));
    }

    @Test
    void noIncidentsGiveZeroCountsAndNoDurations() {
        IncidentLogKpis k = IncidentLogKpis.compute(List.of());
        assertThat(k.byPriority()).isEmpty();
        assertThat(k.overall().incidents()).isZero();
        assertThat(k.overall().mttrMean()).isEmpty();
        assertThat(k.overall().mttrMedian()).isEmpty();
        assertThat(k.overall().slaMade().percent(2)).isEqualTo(new BigDecimal("0.00"));
        assertThat(k.overall().meanReassignments()).isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    void sharesRejectCountsAboveTheTotalAndPrintThemselves() {
        assertThatThrownBy(() -> new CountShare(3, 2)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("count");
        assertThat(new CountShare(1, 3).percent(2)).isEqualTo(new BigDecimal("33.33"));
        assertThat(new CountShare(2, 3)).hasToString("2/3 (66.7 %)");
    }
}

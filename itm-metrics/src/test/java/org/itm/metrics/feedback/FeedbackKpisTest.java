package org.itm.metrics.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.itm.core.ItmValidationException;
import org.itm.metrics.catalog.IncidentKpisTest;
import org.itm.metrics.input.IncidentRecord;
import org.itm.metrics.input.SurveyResponse;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResults;
import org.itm.metrics.kpi.RagStatus;
import org.itm.metrics.kpi.TimeWindow;
import org.junit.jupiter.api.Test;

class FeedbackKpisTest {

    static final Instant T = Instant.parse("2026-03-15T10:00:00Z");
    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    static SurveyResponse r(String id, Integer csat, Integer nps, String incident) {
        return new SurveyResponse(id, "mail", "ops", T, csat == null ? OptionalInt.empty() : OptionalInt.of(csat),
                nps == null ? OptionalInt.empty() : OptionalInt.of(nps), Optional.ofNullable(incident));
    }

    // NPS answers 10, 9, 8, 6, 3: 2 promoters, 2 detractors of 5 -> 0; CSAT 5, 4, 2, 3: 2 of 4 satisfied -> 50 %
    static final List<SurveyResponse> RESPONSES = List.of(
            r("a", 5, 10, "1"), r("b", 4, 9, null), r("c", 2, 8, "3"), r("d", 3, 6, "3"), r("e", null, 3, "99"));

    @Test
    void csatAndNpsWorkedExample() {
        KpiResults res = KpiEngine.create(FeedbackKpis.schema(), FeedbackKpis.catalog(ZoneId.of("UTC")))
                .compute(RESPONSES);
        Map<String, String> mail = Map.of("service", "mail");
        assertThat(res.find(FeedbackKpis.CSAT, mail, MARCH).orElseThrow().value()).isEqualTo(50.0);
        assertThat(res.find(FeedbackKpis.CSAT, mail, MARCH).orElseThrow().status()).isEqualTo(RagStatus.RED);
        assertThat(res.find(FeedbackKpis.NPS, mail, MARCH).orElseThrow().value()).isEqualTo(0.0);
        assertThat(res.find(FeedbackKpis.RESPONSES, mail, MARCH).orElseThrow().value()).isEqualTo(5);
    }

    @Test
    void responsesAreLinkedToTheIncidentsTheyFollowed() {
        Map<String, IncidentRecord> incidents = new java.util.HashMap<>();
        IncidentKpisTest.MARCH.forEach(i -> incidents.put(i.id(), i));
        KpiResults res = KpiEngine.create(FeedbackKpis.schema(incidents),
                FeedbackKpis.catalog(List.of("incidentPriority"), TimeWindow.all())).compute(RESPONSES);
        // incidents 1 and 3 are P2 (answers 10, 8, 6: +100, 0, -100); "b" has no incident, "e" an unknown one
        assertThat(res.find(FeedbackKpis.NPS, Map.of("incidentPriority", "P2"), LocalDate.MIN).orElseThrow().value())
                .isEqualTo(0.0);
        assertThat(res.find(FeedbackKpis.CSAT, Map.of("incidentPriority", "P2"), LocalDate.MIN).orElseThrow()
                .value()).isCloseTo(100.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(res.find(FeedbackKpis.RESPONSES, Map.of("incidentPriority", FeedbackKpis.UNLINKED),
                LocalDate.MIN).orElseThrow().value()).isEqualTo(2);
    }

    @Test
    void responsesAreValidated() {
        assertThatThrownBy(() -> r("x", 6, null, null)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("csat");
        assertThatThrownBy(() -> r("x", null, null, null)).hasMessageContaining("CSAT or an NPS");
    }
}

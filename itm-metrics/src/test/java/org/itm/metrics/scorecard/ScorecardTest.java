package org.itm.metrics.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.itm.core.ItmValidationException;
import org.itm.core.json.ItmJson;
import org.itm.metrics.catalog.IncidentKpis;
import org.itm.metrics.catalog.IncidentKpisTest;
import org.itm.metrics.input.IncidentRecord;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResults;
import org.itm.metrics.kpi.RagStatus;
import org.itm.metrics.kpi.TimeWindow;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    static final List<KpiDefinition> DEFS = IncidentKpis.catalog(List.of("service"), TimeWindow.month(ZoneId.of("UTC")));
    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    static KpiResults results() {
        KpiEngine<IncidentRecord> engine = KpiEngine.create(IncidentKpis.schema(IncidentKpisTest.NINE_TO_FIVE), DEFS);
        return engine.compute(IncidentKpisTest.MARCH);
    }

    @Test
    void weightedStatusesGiveTheScoreWithDrillDown() {
        // MTTR median 4 h: GREEN (100); SLA 66.7 %: RED (0); reopen 33 %: RED (0); volume: no thresholds
        Scorecard card = Scorecard.of("mail-ops", "Mail operations", Map.of("service", "mail"), List.of(
                new ScorecardEntry(IncidentKpis.MTTR_MEDIAN, 3),
                new ScorecardEntry(IncidentKpis.SLA_ATTAINMENT, 1),
                new ScorecardEntry(IncidentKpis.REOPEN_RATE, 1),
                new ScorecardEntry(IncidentKpis.VOLUME, 1)));
        ScorecardResult r = card.evaluate(results(), DEFS, MARCH);
        assertThat(r.score()).isCloseTo(60.0, within(1e-9));
        assertThat(r.status()).isEqualTo(RagStatus.AMBER);
        assertThat(r.lines()).hasSize(4);
        assertThat(r.lines().get(0).contribution()).isCloseTo(60.0, within(1e-9));
        assertThat(r.lines().get(1).status()).isEqualTo(RagStatus.RED);
        assertThat(r.lines().get(1).explanation()).contains("amber");
        assertThat(r.lines().get(3).counts()).isFalse();
        assertThat(r.lines().get(3).explanation()).contains("no thresholds");
        assertThat(r.lines().get(0).result()).isPresent();

        String csv = ScorecardRenderer.csv(r);
        assertThat(csv.split("\r\n")).hasSize(6);
        assertThat(csv).startsWith("scorecard,scope,window_start,kpi,").contains("TOTAL").contains("service=mail");
        String json = ScorecardRenderer.json(r);
        assertThat(ItmJson.fromJson(json, ScorecardResult.class).score()).isEqualTo(r.score());
    }

    @Test
    void missingValuesAndUnknownKpisAreReported() {
        Scorecard other = Scorecard.of("web", "Web", Map.of("service", "web"),
                List.of(new ScorecardEntry(IncidentKpis.MTTR_MEDIAN, 1)));
        ScorecardResult r = other.evaluate(results(), DEFS, MARCH);
        assertThat(r.status()).isEqualTo(RagStatus.NONE);
        assertThat(r.lines().get(0).explanation()).contains("no value");
        Scorecard unknown = Scorecard.of("x", "X", Map.of(), List.of(new ScorecardEntry("nope", 1)));
        assertThatThrownBy(() -> unknown.evaluate(results(), DEFS, MARCH))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("entries[0].kpiId");
        assertThatThrownBy(() -> Scorecard.of("x", "X", Map.of(), List.of(new ScorecardEntry("a", 1),
                new ScorecardEntry("a", 2)))).hasMessageContaining("twice");
    }

    @Test
    void csvCellsAreQuotedWhenNeeded() {
        assertThat(ScorecardRenderer.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(ScorecardRenderer.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ScorecardRenderer.quote("plain")).isEqualTo("plain");
    }
}

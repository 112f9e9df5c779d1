package org.itm.metrics.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.itm.core.IllegalStateTransitionException;
import org.itm.core.ItmValidationException;
import org.itm.core.NotFoundException;
import org.itm.metrics.analysis.Movement;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.RagStatus;
import org.itm.metrics.kpi.WindowRange;
import org.junit.jupiter.api.Test;

class ImprovementRegisterTest {

    static final Map<String, String> MAIL = Map.of("service", "mail");
    static final ImprovementInitiative FASTER = new ImprovementInitiative("ci-1", "Faster mail restores", "Ana",
            "incident.mttr.median", MAIL, KpiDirection.LOWER_IS_BETTER, 12, 8, PdcaStage.PLAN, LocalDate.of(2026, 2, 1));

    static KpiResult value(String from, String to, double v) {
        return new KpiResult("incident.mttr.median", MAIL, new WindowRange(LocalDate.parse(from), LocalDate.parse(to),
                ZoneOffset.UTC), v, 10, true, Optional.of(8.0), RagStatus.NONE, "");
    }

    @Test
    void initiativesMoveThroughPdcaAndTheRegisterIsImmutable() {
        ImprovementRegister empty = ImprovementRegister.empty();
        ImprovementRegister one = empty.add(FASTER);
        ImprovementRegister doing = one.moveTo("ci-1", PdcaStage.DO);
        assertThat(one.find("ci-1").orElseThrow().stage()).isEqualTo(PdcaStage.PLAN);
        assertThat(doing.inStage(PdcaStage.DO)).hasSize(1);
        assertThatThrownBy(() -> doing.moveTo("ci-1", PdcaStage.ACT))
                .isInstanceOf(IllegalStateTransitionException.class).hasMessageContaining("DO -> ACT");
        ImprovementRegister rework = doing.moveTo("ci-1", PdcaStage.CHECK).moveTo("ci-1", PdcaStage.DO);
        assertThat(rework.find("ci-1").orElseThrow().stage()).isEqualTo(PdcaStage.DO);
        assertThatThrownBy(() -> one.add(FASTER)).isInstanceOf(ItmValidationException.class);
        assertThatThrownBy(() -> one.moveTo("nope", PdcaStage.DO)).isInstanceOf(NotFoundException.class);
        assertThat(empty.initiatives()).isEmpty();
    }

    @Test
    void targetMustBeBetterThanBaseline() {
        assertThatThrownBy(() -> new ImprovementInitiative("x", "t", "o", "k", Map.of(), KpiDirection.LOWER_IS_BETTER,
                8, 12, PdcaStage.PLAN, LocalDate.of(2026, 1, 1))).hasMessageContaining("target");
    }

    @Test
    void benefitIsMeasuredOverComparableWindows() {
        // 28-day windows before and after the start on 1 February
        Benefit b = Benefit.measure(FASTER, value("2026-01-04", "2026-02-01", 12), value("2026-03-01", "2026-03-29",
                9));
        assertThat(b.change().movement()).isEqualTo(Movement.IMPROVED);
        assertThat(b.gapClosedPercent()).isCloseTo(75.0, within(1e-9));
        assertThat(b.targetMet()).isFalse();
        assertThat(b.explanation()).contains("improved").contains("28 days each");

        assertThatThrownBy(() -> Benefit.measure(FASTER, value("2026-01-01", "2026-02-01", 12),
                value("2026-02-01", "2026-03-01", 9))).hasMessageContaining("as long as");
        assertThatThrownBy(() -> Benefit.measure(FASTER, value("2026-01-15", "2026-02-12", 12),
                value("2026-03-01", "2026-03-29", 9))).hasMessageContaining("before.window");
    }
}

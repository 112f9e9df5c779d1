package org.itm.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.itm.core.ItmValidationException;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.Thresholds;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    @Test
    void periodChangeIsReadInTheKpisDirection() {
        PeriodChange mttr = PeriodChange.of(10, 8, KpiDirection.LOWER_IS_BETTER);
        assertThat(mttr.absoluteChange()).isEqualTo(-2);
        assertThat(mttr.relativeChange()).contains(-20.0);
        assertThat(mttr.movement()).isEqualTo(Movement.IMPROVED);
        assertThat(PeriodChange.of(95, 90, KpiDirection.HIGHER_IS_BETTER).movement()).isEqualTo(Movement.WORSENED);
        assertThat(PeriodChange.of(0, 3, KpiDirection.HIGHER_IS_BETTER).relativeChange()).isEmpty();
        assertThat(PeriodChange.of(4, 4, KpiDirection.HIGHER_IS_BETTER).movement()).isEqualTo(Movement.UNCHANGED);
    }

    @Test
    void mannKendallWorkedExample() {
        // strictly increasing: S = n(n-1)/2 = 45, Var = 10*9*25/18 = 125, Z = 44/sqrt(125)
        double[] up = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        TrendTest t = TrendTest.mannKendall(up, 0.05);
        assertThat(t.s()).isEqualTo(45);
        assertThat(t.z()).isCloseTo(44 / Math.sqrt(125), within(1e-12));
        assertThat(t.pValue()).isCloseTo(8.3e-5, within(1e-5));
        assertThat(t.slope()).isEqualTo(1.0);
        assertThat(t.trend()).isEqualTo(Trend.INCREASING);

        TrendTest noise = TrendTest.mannKendall(new double[] {5, 3, 6, 4, 5, 3, 6, 4}, 0.05);
        assertThat(noise.trend()).isEqualTo(Trend.NO_TREND);
        assertThat(noise.significant()).isFalse();
        assertThat(TrendTest.mannKendall(new double[] {9, 7, 8, 5, 4, 4, 2, 1}, 0.05).trend())
                .isEqualTo(Trend.DECREASING);
        assertThatThrownBy(() -> TrendTest.mannKendall(new double[] {1, 2}, 0.05))
                .isInstanceOf(ItmValidationException.class);
    }

    @Test
    void xmrLimitsFollowTheMovingRange() {
        double[] x = {10, 12, 11, 13, 12, 11, 10, 12, 11, 12};
        XmrChart chart = XmrChart.of(x);
        // mean 11.4; moving ranges 2,1,2,1,1,1,2,1,1 -> 12/9
        assertThat(chart.centre()).isCloseTo(11.4, within(1e-12));
        assertThat(chart.meanMovingRange()).isCloseTo(12.0 / 9, within(1e-12));
        assertThat(chart.upperLimit()).isCloseTo(11.4 + 3 * (12.0 / 9) / 1.128, within(1e-12));
        assertThat(chart.movingRangeLimit()).isCloseTo(3.267 * 12.0 / 9, within(1e-12));
        assertThat(chart.signals()).isEmpty();
    }

    @Test
    void westernElectricRulesFlagAShiftBeforeTheTargetIsBreached() {
        // MTTR in hours, target 8 (lower is better); stable around 5, then drifting up while still under 8
        double[] mttr = {5.0, 5.4, 4.8, 5.2, 4.9, 5.1, 5.3, 4.7, 5.0, 5.2, 5.9, 6.1, 6.0, 6.3, 6.2, 6.4, 6.1, 6.5};
        XmrChart chart = XmrChart.of(mttr, 10);
        assertThat(chart.signals()).extracting(SpcSignal::rule)
                .contains(SpcRule.BEYOND_3_SIGMA, SpcRule.TWO_OF_THREE_BEYOND_2_SIGMA,
                        SpcRule.FOUR_OF_FIVE_BEYOND_1_SIGMA, SpcRule.EIGHT_ON_ONE_SIDE);
        Thresholds target = new Thresholds(8, 8, 10);
        assertThat(chart.earlyWarnings(target, KpiDirection.LOWER_IS_BETTER))
                .isNotEmpty()
                .allSatisfy(s -> {
                    assertThat(s.above()).isTrue();
                    assertThat(s.value()).isLessThan(8);
                });
        // limits from the first 10 months: centre 5.06, sigma 0.3152, upper limit 6.006; 6.1 in month 12 fires
        // (index 11), long before any breach of 8 h
        assertThat(chart.earlyWarnings(target, KpiDirection.LOWER_IS_BETTER).get(0).index()).isEqualTo(11);
        // the same drift is no warning for a KPI where higher is better
        assertThat(chart.earlyWarnings(new Thresholds(4, 4, 3), KpiDirection.HIGHER_IS_BETTER)).isEmpty();
    }

    @Test
    void eightOnOneSideFiresWithoutLargeDeviations() {
        double[] x = {10, 10.2, 9.8, 10.1, 9.9, 10, 10.1, 10.1, 10.1, 10.1, 10.1, 10.1, 10.1, 10.1};
        XmrChart chart = XmrChart.of(x, 7);
        assertThat(chart.signals()).extracting(SpcSignal::rule).contains(SpcRule.EIGHT_ON_ONE_SIDE);
    }
}

package org.itm.capacity.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.itm.capacity.exhaustion.ExhaustionAnalyzer;
import org.itm.capacity.exhaustion.Resource;
import org.itm.capacity.exhaustion.ResourceKind;
import org.itm.capacity.forecast.Forecast;
import org.itm.capacity.series.TimeSeries;
import org.itm.capacity.series.Unit;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class ScenarioPlannerTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Unit TB = Unit.of("TB");
    private static final Currency EUR = Currency.getInstance("EUR");

    private final Resource storage = Resource.builder("storage").kind(ResourceKind.STORAGE).capacity(100, TB)
            .thresholds(0.8, 0.9).build();
    private final TimeSeries usage = TimeSeries.regular("used", TB, START, Duration.ofDays(1), new double[] {50, 50});
    /** Flat at 50 TB for 60 days. */
    private final ResourcePlan plan = new ResourcePlan(storage, usage, flat(60, 50), new BigDecimal("12.50"));
    private final ScenarioPlanner planner = ScenarioPlanner.create(
            ExhaustionAnalyzer.create(Clock.fixed(START, ZoneOffset.UTC)));

    private static Forecast flat(int horizon, double value) {
        double[] mean = new double[horizon];
        java.util.Arrays.fill(mean, value);
        return new Forecast("flat", mean, List.of());
    }

    @Test
    void comparesScenariosWithExhaustionDatesAndCosts() {
        Instant onboarding = START.plus(Duration.ofDays(11));
        Scenario bigCustomer = Scenario.of("big customer",
                new DemandAdjustment.StepChange(onboarding, 45, Set.of()));
        Scenario withExpansion = bigCustomer.withCapacityChange(CapacityChange.of("storage", 20));
        ScenarioComparison c = planner.compare(List.of(plan), List.of(Scenario.baseline(), bigCustomer, withExpansion),
                EUR);

        ResourceOutcome base = c.outcomes().get(0).resources().get(0);
        assertThat(base.exhaustion()).isEmpty();
        assertThat(base.cost()).isEqualByComparingTo("0.00");

        ResourceOutcome big = c.outcomes().get(1).resources().get(0);
        assertThat(big.peakUsage()).isEqualTo(95);
        assertThat(big.exhaustion()).isPresent();
        assertThat(big.exhaustion().get()).isAfter(START.plus(Duration.ofDays(10)))
                .isBeforeOrEqualTo(onboarding);
        // 95 / 0.9 = 105.56 TB needed -> 5.5556 TB more at 12.50 = 69.44
        assertThat(big.additionalCapacity()).isCloseTo(95 / 0.9 - 100, within(1e-9));
        assertThat(big.cost()).isEqualByComparingTo("69.44");

        ResourceOutcome expanded = c.outcomes().get(2).resources().get(0);
        assertThat(expanded.capacity()).isEqualTo(120);
        assertThat(expanded.exhaustion()).isEmpty();
        assertThat(expanded.cost()).isEqualByComparingTo("250.00");
        assertThat(c.outcomes().get(2).totalCost()).isEqualByComparingTo("250.00");
        assertThat(c.toTable()).contains("big customer").contains("69.44");
    }

    @Test
    void capacityArrivingLateStillLeavesAnExhaustionWindow() {
        Instant onboarding = START.plus(Duration.ofDays(11));
        Instant delivery = START.plus(Duration.ofDays(21));
        Scenario late = Scenario.of("late delivery", new DemandAdjustment.StepChange(onboarding, 45, Set.of()))
                .withCapacityChange(CapacityChange.from("storage", 20, delivery));
        ResourceOutcome o = planner.compare(List.of(plan), List.of(late), EUR).outcomes().get(0).resources().get(0);
        // between onboarding and delivery 95 TB exceed 90 % of 100 TB; afterwards 95 < 108 TB
        assertThat(o.exhaustion()).isPresent();
        assertThat(o.exhaustion().get()).isBeforeOrEqualTo(onboarding);
        assertThat(o.capacity()).isEqualTo(120);
        // until delivery 105.56 TB would be needed: 5.56 TB more, plus the 20 TB delivered, at 12.50
        assertThat(o.additionalCapacity()).isCloseTo(95 / 0.9 - 100, within(1e-9));
        assertThat(o.cost()).isEqualByComparingTo("319.44");
    }

    @Test
    void growthCompoundsAndSeasonalPeaksMultiply() {
        DemandAdjustment growth = new DemandAdjustment.Growth(1.0);
        Instant oneYearLater = START.plus(Duration.ofSeconds((long) (365.2425 * 86_400)));
        assertThat(growth.apply(10, oneYearLater, START)).isCloseTo(20, within(1e-9));
        DemandAdjustment december = new DemandAdjustment.SeasonalPeak(Set.of(Month.DECEMBER), 1.5);
        assertThat(december.apply(10, Instant.parse("2026-12-24T00:00:00Z"), START)).isEqualTo(15);
        assertThat(december.apply(10, Instant.parse("2026-11-24T00:00:00Z"), START)).isEqualTo(10);
    }

    @Test
    void removingCapacityIsASavingAndUnknownResourcesAreRejected() {
        Scenario shrink = Scenario.baseline().withCapacityChange(CapacityChange.of("storage", -20));
        ResourceOutcome o = planner.compare(List.of(plan), List.of(shrink), EUR).outcomes().get(0).resources().get(0);
        assertThat(o.cost()).isEqualByComparingTo("-250.00");
        assertThatThrownBy(() -> planner.compare(List.of(plan),
                List.of(Scenario.baseline().withCapacityChange(CapacityChange.of("cpu", 1))), EUR))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("unknown resource 'cpu'");
    }
}

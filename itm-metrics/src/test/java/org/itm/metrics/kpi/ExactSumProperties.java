package org.itm.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.itm.metrics.kpi.KpiEngineTest.Ticket;

/**
 * Sums, means and sum ratios are the double nearest the exact result over the measure values as given: checked
 * against a {@link BigDecimal} oracle, with values that per-value rounding to a fixed resolution would lose.
 */
class ExactSumProperties {

    private static final Instant T = Instant.parse("2026-03-10T12:00:00Z");

    /** Unlike {@link KpiEngineTest#SCHEMA}, keeps negative values. */
    private static final RecordSchema<Ticket> SIGNED = RecordSchema.<Ticket>builder("t")
            .measure("hours", Ticket::hours).measure("ones", t -> 1.0)
            .time("opened", t -> java.util.Optional.of(t.opened())).build();

    private static final KpiEngine<Ticket> ENGINE = KpiEngine.create(SIGNED, List.of(
            def("sum").sum("hours").build(),
            def("mean").mean("hours").build(),
            def("rate").rate("hours", RatePeriod.DAY).build(),
            def("ratio").sumRatio("hours", "ones").build()));

    private static KpiDefinition.Builder def(String id) {
        return KpiDefinition.builder(id).name(id).unit("h").direction(KpiDirection.LOWER_IS_BETTER).timeField("opened")
                .dimensions().window(TimeWindow.month(java.time.ZoneOffset.UTC));
    }

    private static double result(KpiResults r, String id) {
        return r.find(id, java.util.Map.of(), java.time.LocalDate.of(2026, 3, 1)).orElseThrow().value();
    }

    @Example
    void aThousandValuesOfFourTenthsOfAMicroHourSumToFourTenthsOfAMilliHour() {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            tickets.add(new Ticket("a", T, 4e-7, true));
        }
        KpiResults r = ENGINE.compute(tickets);
        double exact = new BigDecimal(4e-7).multiply(BigDecimal.valueOf(1000)).doubleValue();
        assertThat(result(r, "sum")).isEqualTo(exact).isCloseTo(4e-4, org.assertj.core.api.Assertions.within(1e-18));
        assertThat(result(r, "mean")).isEqualTo(4e-7);
    }

    @Example
    void valuesFarApartInMagnitudeKeepTheirSmallParts() {
        // naive left-to-right addition gives 0 here; the exact sum is 2e-9
        List<Ticket> tickets = List.of(new Ticket("a", T, 1e12, true), new Ticket("a", T, 1e-9, true),
                new Ticket("a", T, 1e-9, true), new Ticket("a", T, 1e12 * -1 + 0.0, true));
        assertThat(result(ENGINE.compute(tickets), "sum")).isEqualTo(2e-9);
    }

    @Example
    void largeSumsCarryBeyondTheDigitsTheValuesTouch() {
        List<Ticket> tickets = new ArrayList<>();
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < 200_000; i++) {
            double v = i % 3 == 0 ? -8.99e12 + i : 8.99e12 - i * 1e-3;
            tickets.add(new Ticket("a", T, v, true));
            exact = exact.add(new BigDecimal(v));
        }
        assertThat(result(ENGINE.compute(tickets), "sum")).isEqualTo(exact.doubleValue());
    }

    /**
     * The double nearest {@code exact / divisor}, ties to even, decided in exact arithmetic. Rounding the quotient to
     * 60 decimal digits and calling {@link BigDecimal#doubleValue()} is not a sound oracle on Java 17: for the sample
     * of {@link #theMeanOfASumWithSubnormalPartsIsTheNearestDouble} it answers one ulp off.
     */
    private static double nearestQuotient(BigDecimal exact, long divisor) {
        BigDecimal n = BigDecimal.valueOf(divisor);
        double guess = exact.divide(n, new MathContext(60)).doubleValue();
        double best = guess;
        BigDecimal bestError = null;
        for (double c : new double[] {Math.nextDown(guess), guess, Math.nextUp(guess)}) {
            BigDecimal error = new BigDecimal(c).multiply(n).subtract(exact).abs();
            int cmp = bestError == null ? -1 : error.compareTo(bestError);
            if (cmp < 0 || cmp == 0 && (Double.doubleToRawLongBits(c) & 1) == 0) {
                best = c;
                bestError = error;
            }
        }
        return best;
    }

    @Example
    void theMeanOfASumWithSubnormalPartsIsTheNearestDouble() {
        List<Ticket> tickets = new ArrayList<>();
        for (double v : new double[] {0.0, 8.343328805615613E-11, 4.9E-324, -7.535682563034976E-62, 0.0,
                4.8828125E-4, 0.544921875, 0.1}) {
            tickets.add(new Ticket("a", T, v, true));
        }
        KpiResults r = ENGINE.compute(tickets);
        // expected values checked with exact rational arithmetic (sum of the exact values, divided by 8, rounded once)
        assertThat(result(r, "sum")).isEqualTo(0.6454101563334332);
        assertThat(result(r, "mean")).isEqualTo(0.08067626954167915).isEqualTo(0.6454101563334332 / 8);
        assertThat(result(r, "ratio")).isEqualTo(0.08067626954167915);
    }

    @Provide
    Arbitrary<List<Double>> values() {
        // any significand at any exponent from the smallest subnormal up to 2^42 (below the 9e12 limit), either sign
        Arbitrary<Double> anyBits = net.jqwik.api.Combinators.combine(
                Arbitraries.longs().between(0, (1L << 53) - 1),
                Arbitraries.integers().between(-1074, -11),
                Arbitraries.of(1.0, -1.0)).as((m, e, sign) -> sign * Math.scalb((double) m, e));
        Arbitrary<Double> v = Arbitraries.oneOf(
                anyBits,
                Arbitraries.doubles().between(-500, 500),
                Arbitraries.doubles().between(0, 1e12),
                Arbitraries.of(0.1, 0.2, 0.3, -0.3, 4e-7, Double.MIN_VALUE, 1e-300, -0.0));
        return v.list().ofMinSize(1).ofMaxSize(200);
    }

    @Property(tries = 300)
    void sumAndMeanAreTheNearestDoubleToTheExactResultInAnyOrder(@ForAll("values") List<Double> values,
                                                                @ForAll long seed) {
        BigDecimal exact = BigDecimal.ZERO;
        for (double v : values) {
            exact = exact.add(new BigDecimal(v));
        }
        List<Ticket> tickets = new ArrayList<>();
        for (double v : values) {
            tickets.add(new Ticket("a", T, v, true));
        }
        Collections.shuffle(tickets, new Random(seed));
        KpiResults r = ENGINE.compute(tickets);

        assertThat(result(r, "sum")).isEqualTo(exact.doubleValue());
        double mean = nearestQuotient(exact, values.size());
        assertThat(result(r, "mean")).isEqualTo(mean);
        assertThat(result(r, "ratio")).isEqualTo(mean);
        // per day over March's 31 days
        double rate = nearestQuotient(exact, 31);
        assertThat(result(r, "rate")).isEqualTo(rate);
    }
}

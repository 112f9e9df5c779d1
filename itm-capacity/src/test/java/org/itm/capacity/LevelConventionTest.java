package org.itm.capacity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.itm.capacity.forecast.EtsSpec;
import org.itm.capacity.forecast.Forecaster;
import org.itm.capacity.forecast.Ets;
import org.itm.capacity.queueing.StaffingTarget;
import org.itm.capacity.slo.Slo;
import org.itm.capacity.trend.Trends;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

/** Every capacity entry point takes levels as fractions and names a percentage when it is given one. */
class LevelConventionTest {

    private static final double[] X = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
    private static final double[] Y = {10, 12, 11, 13, 14, 13, 15, 16, 15, 17, 18, 17, 19, 20};

    @Test
    void aPercentageWhereAFractionIsMeantIsRejectedAsSuch() {
        assertPercentageRejected(() -> Ets.fit(Y, 1, EtsSpec.parse("AAN")).forecast(3, 95), "levels");
        assertPercentageRejected(() -> Forecaster.seasonalNaive(1).forecast(Y, 3).interval(95), "level");
        assertPercentageRejected(() -> Trends.leastSquares(X, Y).slopeConfidenceInterval(95), "level");
        assertPercentageRejected(() -> new Slo("api", 99.9, Duration.ofDays(30)), "objective");
        assertPercentageRejected(() -> new StaffingTarget(80, Duration.ofSeconds(20), Optional.empty()),
                "serviceLevel");
    }

    private static void assertPercentageRejected(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOf(ItmValidationException.class).hasMessageContaining(field)
                .hasMessageContaining("looks like a percentage");
    }
}

package org.itm.risk.fair;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.random.RandomGenerator;

/**
 * A calibrated estimate of an uncertain quantity (frequency, vulnerability, loss), sampled by the simulator.
 * Create one with {@link #pert}, {@link #lognormal} or {@link #constant}. In JSON each estimate names its kind
 * ({@code "kind": "pert"}, {@code "lognormal"} or {@code "constant"}), so a stored scenario reads back.
 *
 * @since 0.1
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PertEstimate.class, name = "pert"),
        @JsonSubTypes.Type(value = LognormalEstimate.class, name = "lognormal"),
        @JsonSubTypes.Type(value = ConstantEstimate.class, name = "constant")
})
public sealed interface Estimate permits PertEstimate, LognormalEstimate, ConstantEstimate {

    /** @return the analytic mean, in the unit of the estimated quantity (events per year, a fraction, money) */
    double mean();

    /**
     * @param rng the random source; a seeded one makes runs repeatable
     * @return one random draw, in the unit of the estimated quantity
     * @throws org.itm.core.ItmValidationException naming {@code rng} when null (a constant ignores it)
     */
    double sample(RandomGenerator rng);

    /**
     * Beta-PERT with the usual γ = 4.
     *
     * @param min        smallest plausible value, ≥ 0
     * @param mostLikely most likely value, in [min, max]
     * @param max        largest plausible value, &gt; min
     * @return the estimate
     * @throws org.itm.core.ItmValidationException naming each bad parameter
     */
    static PertEstimate pert(double min, double mostLikely, double max) {
        return new PertEstimate(min, mostLikely, max, PertEstimate.DEFAULT_GAMMA);
    }

    /**
     * Beta-PERT with weight {@code gamma} on the most likely value (modified PERT).
     *
     * @param min        smallest plausible value, ≥ 0
     * @param mostLikely most likely value, in [min, max]
     * @param max        largest plausible value, &gt; min
     * @param gamma      weight of the mode, &gt; 0; above 4 concentrates draws near {@code mostLikely}
     * @return the estimate
     * @throws org.itm.core.ItmValidationException naming each bad parameter
     */
    static PertEstimate pert(double min, double mostLikely, double max, double gamma) {
        return new PertEstimate(min, mostLikely, max, gamma);
    }

    /**
     * Lognormal whose 5th and 95th percentiles are {@code p5} and {@code p95} (a 90 % calibrated interval).
     *
     * @param p5  the 5th percentile, &gt; 0
     * @param p95 the 95th percentile, &gt; {@code p5}
     * @return the estimate
     * @throws org.itm.core.ItmValidationException naming {@code p5} or {@code p95} when out of range
     */
    static LognormalEstimate lognormal(double p5, double p95) {
        return LognormalEstimate.fromPercentiles(p5, p95);
    }

    /**
     * @param value the known value, ≥ 0
     * @return an estimate that always draws {@code value}
     * @throws org.itm.core.ItmValidationException naming {@code value} when negative
     */
    static ConstantEstimate constant(double value) {
        return new ConstantEstimate(value);
    }
}

package org.itm.risk.fair;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.random.RandomGenerator;

/**
 * A calibrated estimate of an uncertain quantity (frequency, vulnerability, loss), sampled by the simulator.
 * Create one with {@link #pert}, {@link #lognormal} or {@link #constant}. In JSON each estimate names its kind
 * ({@code "kind": "pert"}, {@code "lognormal"} or {@code "constant"}), so a stored scenario reads back.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PertEstimate.class, name = "pert"),
        @JsonSubTypes.Type(value = LognormalEstimate.class, name = "lognormal"),
        @JsonSubTypes.Type(value = ConstantEstimate.class, name = "constant")
})
public sealed interface Estimate permits PertEstimate, LognormalEstimate, ConstantEstimate {

    /** The analytic mean. */
    double mean();

    /** One random draw. */
    double sample(RandomGenerator rng);

    /** Beta-PERT with the usual γ = 4. */
    static PertEstimate pert(double min, double mostLikely, double max) {
        return new PertEstimate(min, mostLikely, max, PertEstimate.DEFAULT_GAMMA);
    }

    /** Beta-PERT with weight {@code gamma} on the most likely value (modified PERT). */
    static PertEstimate pert(double min, double mostLikely, double max, double gamma) {
        return new PertEstimate(min, mostLikely, max, gamma);
    }

    /** Lognormal whose 5th and 95th percentiles are {@code p5} and {@code p95} (a 90 % calibrated interval). */
    static LognormalEstimate lognormal(double p5, double p95) {
        return LognormalEstimate.fromPercentiles(p5, p95);
    }

    /** A known value. */
    static ConstantEstimate constant(double value) {
        return new ConstantEstimate(value);
    }
}

package org.itm.risk.fair;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;

/**
 * How often a loss event happens per year: estimated directly, or as threat event frequency × vulnerability
 * (the probability that a threat event becomes a loss event).
 *
 * @param direct        the loss event frequency when estimated directly
 * @param threatEvents  threat event frequency per year, when derived
 * @param vulnerability probability in [0, 1] that a threat event results in loss, when derived
 * @since 0.1
 */
public record LossEventFrequency(Optional<Estimate> direct, Optional<Estimate> threatEvents,
                                 Optional<Estimate> vulnerability) {

    /**
     * Checks the components.
     *
     * @param direct        the loss event frequency when estimated directly
     * @param threatEvents  threat event frequency per year, when derived
     * @param vulnerability probability in [0, 1] that a threat event results in loss, when derived
     * @throws org.itm.core.ItmValidationException naming a null component, {@code direct} unless exactly one of a
     *                                             direct frequency or the threat and vulnerability pair is given,
     *                                             or {@code vulnerability} when it can exceed 1 (a lognormal
     *                                             always can)
     */
    public LossEventFrequency {
        Checks.notNull(direct, "direct");
        Checks.notNull(threatEvents, "threatEvents");
        Checks.notNull(vulnerability, "vulnerability");
        Violations v = new Violations();
        v.require(direct.isPresent() != (threatEvents.isPresent() && vulnerability.isPresent()), "direct",
                "give either a direct frequency or both threat event frequency and vulnerability");
        v.require(threatEvents.isPresent() == vulnerability.isPresent(), "vulnerability",
                "threat event frequency and vulnerability go together");
        vulnerability.ifPresent(e -> v.check("vulnerability", () -> requireProbability(e)));
        v.throwIfAny();
    }

    private static void requireProbability(Estimate e) {
        double upper;
        if (e instanceof PertEstimate p) {
            upper = p.max();
        } else if (e instanceof ConstantEstimate c) {
            upper = c.value();
        } else {
            upper = Double.POSITIVE_INFINITY;
        }
        Checks.require(upper <= 1, "max", "a vulnerability is a probability and must not exceed 1 (use a PERT "
                + "or constant estimate within [0, 1])");
    }

    /**
     * @param perYear the loss events per year, e.g. {@code Estimate.pert(0.1, 0.5, 2)}
     * @return a directly estimated loss event frequency
     * @throws org.itm.core.ItmValidationException naming {@code perYear} when null
     */
    public static LossEventFrequency direct(Estimate perYear) {
        return new LossEventFrequency(Optional.of(Checks.notNull(perYear, "perYear")), Optional.empty(),
                Optional.empty());
    }

    /**
     * @param threatEventsPerYear threat events (attempts) per year
     * @param vulnerability       the probability that a threat event becomes a loss event; a PERT or constant
     *                            estimate within [0, 1]
     * @return the frequency, threat event frequency per year × vulnerability
     * @throws org.itm.core.ItmValidationException naming {@code threatEvents} or {@code vulnerability} when null,
     *                                             or {@code vulnerability} when it can exceed 1
     */
    public static LossEventFrequency ofThreat(Estimate threatEventsPerYear, Estimate vulnerability) {
        return new LossEventFrequency(Optional.empty(), Optional.of(Checks.notNull(threatEventsPerYear, "threatEvents")),
                Optional.of(Checks.notNull(vulnerability, "vulnerability")));
    }

    /**
     * @return the expected loss events per year (the product of the means when derived: both are drawn
     *         independently)
     */
    public double mean() {
        return direct.map(Estimate::mean)
                .orElseGet(() -> threatEvents.orElseThrow().mean() * vulnerability.orElseThrow().mean());
    }

    /**
     * @param rng the random source, not null; a seeded one makes draws repeatable
     * @return one draw of the yearly loss event rate (a vulnerability draw is capped at 1)
     */
    public double sample(RandomGenerator rng) {
        if (direct.isPresent()) {
            return direct.get().sample(rng);
        }
        return threatEvents.orElseThrow().sample(rng) * Math.min(1, vulnerability.orElseThrow().sample(rng));
    }
}

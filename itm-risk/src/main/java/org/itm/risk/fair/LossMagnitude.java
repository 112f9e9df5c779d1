package org.itm.risk.fair;

import java.util.random.RandomGenerator;
import org.itm.core.validation.Checks;

/**
 * The loss of one event: a primary loss, plus — with probability {@code secondaryProbability} (secondary loss
 * event frequency as a fraction of primary events) — a secondary loss (fines, reputation, litigation).
 *
 * @param primary              primary loss per event
 * @param secondaryProbability fraction of events with secondary stakeholder reactions, in [0, 1]
 * @param secondary            secondary loss when it occurs
 * @since 0.1
 */
public record LossMagnitude(Estimate primary, double secondaryProbability, Estimate secondary) {

    /**
     * Checks the components.
     *
     * @param primary              primary loss per event
     * @param secondaryProbability fraction of events with secondary stakeholder reactions, in [0, 1]
     * @param secondary            secondary loss when it occurs
     * @throws org.itm.core.ItmValidationException naming {@code primary} or {@code secondary} when null;
     *                                             {@code secondaryProbability} when outside [0, 1]
     */
    public LossMagnitude {
        Checks.notNull(primary, "primary");
        Checks.fraction(secondaryProbability, "secondaryProbability");
        Checks.notNull(secondary, "secondary");
    }

    /**
     * @param primary the loss per event, in money units
     * @return a magnitude with no secondary loss
     * @throws org.itm.core.ItmValidationException naming {@code primary} when null
     */
    public static LossMagnitude primaryOnly(Estimate primary) {
        return new LossMagnitude(primary, 0, Estimate.constant(0));
    }

    /** @return the expected loss per event, primary mean + secondaryProbability × secondary mean */
    public double mean() {
        return primary.mean() + secondaryProbability * secondary.mean();
    }

    /**
     * @param rng the random source, not null; a seeded one makes draws repeatable
     * @return one draw of an event's loss, with a secondary loss in a {@code secondaryProbability} share of draws
     */
    public double sample(RandomGenerator rng) {
        double loss = primary.sample(rng);
        if (secondaryProbability > 0 && rng.nextDouble() < secondaryProbability) {
            loss += secondary.sample(rng);
        }
        return loss;
    }
}

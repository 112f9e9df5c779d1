package org.itm.risk.fair;

import org.itm.core.validation.Checks;

/**
 * One FAIR loss scenario (an asset, a threat community, an effect): how often loss events happen and how much
 * each costs. {@link #expectedAnnualLoss()} is the analytic mean the simulation converges to.
 *
 * @param name      identifies the scenario in portfolio results
 * @param frequency loss events per year
 * @param magnitude loss per event
 * @since 0.1
 */
public record LossScenario(String name, LossEventFrequency frequency, LossMagnitude magnitude) {

    /**
     * Checks the components.
     *
     * @param name      identifies the scenario in portfolio results
     * @param frequency loss events per year
     * @param magnitude loss per event
     * @throws org.itm.core.ItmValidationException naming {@code name} when blank; {@code frequency} or
     *                                             {@code magnitude} when null
     */
    public LossScenario {
        Checks.notBlank(name, "name");
        Checks.notNull(frequency, "frequency");
        Checks.notNull(magnitude, "magnitude");
    }

    /** @return the analytic expected annual loss, E[loss events per year] × E[loss per event] */
    public double expectedAnnualLoss() {
        return frequency.mean() * magnitude.mean();
    }

    /**
     * @param newFrequency the frequency replacing the current one
     * @return the same scenario with another frequency (e.g. after a control lowers vulnerability)
     * @throws org.itm.core.ItmValidationException naming {@code frequency} when null
     */
    public LossScenario withFrequency(LossEventFrequency newFrequency) {
        return new LossScenario(name, newFrequency, magnitude);
    }

    /**
     * @param newMagnitude the magnitude replacing the current one
     * @return the same scenario with another magnitude (e.g. after a control limits the loss)
     * @throws org.itm.core.ItmValidationException naming {@code magnitude} when null
     */
    public LossScenario withMagnitude(LossMagnitude newMagnitude) {
        return new LossScenario(name, frequency, newMagnitude);
    }
}

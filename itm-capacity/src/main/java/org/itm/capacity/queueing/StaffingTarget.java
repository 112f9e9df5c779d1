package org.itm.capacity.queueing;

import java.time.Duration;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * What a staffing plan must achieve: a share of contacts answered within a time (e.g. 80 % in 20 s), and
 * optionally a ceiling on the average speed of answer.
 *
 * @param serviceLevel            share of contacts to answer within {@code answerWithin}; a fraction in (0, 1),
 *                                e.g. 0.80
 * @param answerWithin            the service-level threshold; not negative
 * @param maxAverageSpeedOfAnswer an additional ceiling on the mean wait, if any
 * @since 0.1
 */
public record StaffingTarget(double serviceLevel, Duration answerWithin, Optional<Duration> maxAverageSpeedOfAnswer) {

    /**
     * Checks the components.
     *
     * @param serviceLevel            share of contacts to answer in time; a fraction in (0, 1)
     * @param answerWithin            the service-level threshold; not negative
     * @param maxAverageSpeedOfAnswer an additional ceiling on the mean wait, or empty; not negative
     * @throws org.itm.core.ItmValidationException naming the first invalid component; a service level such as
     *         {@code 80} is reported as looking like a percentage
     */
    public StaffingTarget {
        Checks.level(serviceLevel, "serviceLevel");
        Checks.notNegative(answerWithin, "answerWithin");
        Checks.notNull(maxAverageSpeedOfAnswer, "maxAverageSpeedOfAnswer");
        maxAverageSpeedOfAnswer.ifPresent(d -> Checks.notNegative(d, "maxAverageSpeedOfAnswer"));
    }

    /**
     * A target of {@code serviceLevel} of contacts answered within {@code answerWithin}, with no ASA ceiling.
     *
     * @param serviceLevel share of contacts to answer in time; a fraction in (0, 1), e.g. 0.80
     * @param answerWithin the service-level threshold, e.g. 20 seconds; not negative
     * @return the target
     * @throws org.itm.core.ItmValidationException as the constructor does
     */
    public static StaffingTarget of(double serviceLevel, Duration answerWithin) {
        return new StaffingTarget(serviceLevel, answerWithin, Optional.empty());
    }

    /**
     * This target with an additional ceiling on the average speed of answer; this target is unchanged.
     *
     * @param max the largest acceptable mean wait over all contacts; not negative
     * @return a copy with the ceiling
     * @throws org.itm.core.ItmValidationException if {@code max} is null or negative
     */
    public StaffingTarget withMaxAverageSpeedOfAnswer(Duration max) {
        return new StaffingTarget(serviceLevel, answerWithin, Optional.of(Checks.notNull(max, "max")));
    }
}

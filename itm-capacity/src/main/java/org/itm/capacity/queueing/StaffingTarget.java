package org.itm.capacity.queueing;

import java.time.Duration;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * What a staffing plan must achieve: a share of contacts answered within a time (e.g. 80 % in 20 s), and
 * optionally a ceiling on the average speed of answer.
 *
 * @param serviceLevel            share of contacts to answer within {@code answerWithin}; in (0, 1)
 * @param answerWithin            the service-level threshold; not negative
 * @param maxAverageSpeedOfAnswer an additional ceiling on the mean wait, if any
 */
public record StaffingTarget(double serviceLevel, Duration answerWithin, Optional<Duration> maxAverageSpeedOfAnswer) {

    public StaffingTarget {
        Checks.level(serviceLevel, "serviceLevel");
        Checks.notNegative(answerWithin, "answerWithin");
        Checks.notNull(maxAverageSpeedOfAnswer, "maxAverageSpeedOfAnswer");
        maxAverageSpeedOfAnswer.ifPresent(d -> Checks.notNegative(d, "maxAverageSpeedOfAnswer"));
    }

    /** {@code serviceLevel} of contacts answered within {@code answerWithin}, no ASA ceiling. */
    public static StaffingTarget of(double serviceLevel, Duration answerWithin) {
        return new StaffingTarget(serviceLevel, answerWithin, Optional.empty());
    }

    /** This target with an additional ceiling on the average speed of answer. */
    public StaffingTarget withMaxAverageSpeedOfAnswer(Duration max) {
        return new StaffingTarget(serviceLevel, answerWithin, Optional.of(Checks.notNull(max, "max")));
    }
}

package org.itm.operations.sla;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.core.validation.PositiveDuration;
import org.itm.core.validation.Validation;
import org.itm.core.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A target in business time ({@link #businessHours(long)}, {@link #businessTime(Duration)}) or in business days
 * ({@link #businessDays(int)}); exactly one of the two is set. See {@link BusinessDayConvention} for the rule
 * that turns business days into a deadline.
 *
 * @param businessTime working time allowed; empty for a business-days target
 * @param businessDays working days allowed; 0 for a business-time target
 * @since 0.1
 */
public record SlaTarget(Optional<@PositiveDuration Duration> businessTime, @PositiveOrZero int businessDays) {

    /**
     * Validates both fields together: the annotations, then that exactly one of the two is set.
     *
     * @param businessTime working time allowed; empty for a business-days target
     * @param businessDays working days allowed; 0 for a business-time target
     * @throws ItmValidationException listing every violation
     */
    public SlaTarget {
        businessTime = businessTime == null ? Optional.empty() : businessTime;
        Violations v = new Violations().addAll(Validation.checkComponents(SlaTarget.class, businessTime,
                businessDays));
        v.require(businessTime.isPresent() != (businessDays > 0), "businessTime",
                "set exactly one of businessTime (a positive duration) and businessDays (> 0)");
        v.throwIfAny();
    }

    /** Reads the JSON/YAML form, where the unused one of the two fields is simply omitted. */
    @JsonCreator
    static SlaTarget fromData(@JsonProperty("businessTime") @Nullable Duration businessTime,
                              @JsonProperty("businessDays") @Nullable Integer businessDays) {
        return new SlaTarget(Optional.ofNullable(businessTime), businessDays == null ? 0 : businessDays);
    }

    /**
     * A target in working time of the definition's calendar.
     *
     * @param d working time allowed; positive
     * @return the target
     * @throws org.itm.core.ItmValidationException naming {@code businessTime} if null or not positive
     */
    public static SlaTarget businessTime(Duration d) {
        return new SlaTarget(Optional.of(Checks.notNull(d, "businessTime")), 0);
    }

    /**
     * A target of whole working hours, e.g. {@code businessHours(8)}.
     *
     * @param hours working hours allowed; positive
     * @return the target
     * @throws org.itm.core.ItmValidationException naming {@code businessTime} if not positive
     */
    public static SlaTarget businessHours(long hours) {
        return businessTime(Duration.ofHours(hours));
    }

    /**
     * A target of working days, turned into a deadline by the definition's {@link BusinessDayConvention}.
     *
     * @param days working days allowed; positive
     * @return the target
     * @throws org.itm.core.ItmValidationException naming {@code businessDays} if not positive
     */
    public static SlaTarget businessDays(int days) {
        return new SlaTarget(Optional.empty(), Checks.positive(days, "businessDays"));
    }

    @Override
    public String toString() {
        return businessTime.map(d -> d + " business time").orElse(businessDays + " business days");
    }
}

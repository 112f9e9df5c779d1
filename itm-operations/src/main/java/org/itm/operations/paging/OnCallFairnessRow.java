package org.itm.operations.paging;

import java.time.Duration;
import org.itm.core.validation.Violations;

/**
 * One person's line of an {@link OnCallFairnessReport}: time on call split into four kinds that never overlap
 * (a public holiday counts as holiday even on a weekend; a weekday splits into working hours and nights by the
 * business calendar), and the number of pages the person was notified of.
 *
 * @param person        who
 * @param workingHours  on call inside the working hours of a working weekday
 * @param nights        on call on a weekday outside working hours (evenings, nights, early mornings)
 * @param weekends      on call on a Saturday or Sunday that is not a public holiday
 * @param holidays      on call on a public holiday
 * @param pagesReceived distinct pages that notified the person inside the period
 * @since 0.1
 */
public record OnCallFairnessRow(String person, Duration workingHours, Duration nights, Duration weekends,
                                Duration holidays, int pagesReceived) {

    /**
     * Validates every field and reports all violations together.
     *
     * @param person        who
     * @param workingHours  on call inside the working hours of a working weekday
     * @param nights        on call on a weekday outside working hours (evenings, nights, early mornings)
     * @param weekends      on call on a Saturday or Sunday that is not a public holiday
     * @param holidays      on call on a public holiday
     * @param pagesReceived distinct pages that notified the person inside the period
     * @throws org.itm.core.ItmValidationException naming every missing or out-of-range field
     */
    public OnCallFairnessRow {
        Violations v = new Violations();
        v.require(person != null && !person.isBlank(), "person", "must not be blank");
        v.require(workingHours != null && !workingHours.isNegative(), "workingHours", "must not be negative");
        v.require(nights != null && !nights.isNegative(), "nights", "must not be negative");
        v.require(weekends != null && !weekends.isNegative(), "weekends", "must not be negative");
        v.require(holidays != null && !holidays.isNegative(), "holidays", "must not be negative");
        v.require(pagesReceived >= 0, "pagesReceived", "must not be negative, was " + pagesReceived);
        v.throwIfAny();
    }

    /** @return all time on call, the sum of the four kinds */
    public Duration total() {
        return workingHours.plus(nights).plus(weekends).plus(holidays);
    }

    /** @return time on call outside working hours: nights, weekends and holidays */
    public Duration outOfHours() {
        return nights.plus(weekends).plus(holidays);
    }
}

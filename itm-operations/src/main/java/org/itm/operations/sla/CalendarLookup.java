package org.itm.operations.sla;

import java.util.Map;
import java.util.Optional;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.validation.Checks;

/**
 * Finds the business calendar an {@link SlaDefinition} names in {@link SlaDefinition#calendar()}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CalendarLookup {

    /**
     * The calendar called {@code name}; the engine calls this for every evaluation, so it should be cheap and
     * thread-safe.
     *
     * @param name the value of {@link SlaDefinition#calendar()}
     * @return the calendar, or empty when unknown (the engine then rejects the evaluation, naming {@code calendar})
     */
    Optional<BusinessCalendar> find(String name);

    /**
     * A lookup over a fixed map.
     *
     * @param calendars name to calendar; copied, so later changes to the map are not seen
     * @return an immutable, thread-safe lookup
     * @throws org.itm.core.ItmValidationException if {@code calendars} is null
     */
    static CalendarLookup of(Map<String, BusinessCalendar> calendars) {
        Map<String, BusinessCalendar> copy = Map.copyOf(Checks.notNull(calendars, "calendars"));
        return name -> Optional.ofNullable(copy.get(name));
    }
}

package org.itm.operations.sla;

import java.util.Map;
import java.util.Optional;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.validation.Checks;

/** Finds the business calendar an {@link SlaDefinition} names in {@link SlaDefinition#calendar()}. */
@FunctionalInterface
public interface CalendarLookup {

    /** The calendar called {@code name}, if known. */
    Optional<BusinessCalendar> find(String name);

    /** A lookup over a fixed map of name → calendar (copied). */
    static CalendarLookup of(Map<String, BusinessCalendar> calendars) {
        Map<String, BusinessCalendar> copy = Map.copyOf(Checks.notNull(calendars, "calendars"));
        return name -> Optional.ofNullable(copy.get(name));
    }
}

package org.itm.operations.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itm.core.ItmValidationException;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.validation.Checks;
import org.itm.operations.sla.internal.DefaultSlaTracker;

/**
 * Evaluates SLA definitions against ticket timelines. Every evaluation is a pure function of the definition,
 * the timeline, the calendar and the instant, so results can be replayed and audited.
 *
 * <pre>{@code
 * SlaEngine engine = SlaEngine.create(CalendarLookup.of(Map.of("berlin-office", calendar)));
 * Optional<SlaResult> r = engine.evaluate(definition, timeline, clock.instant());
 * }</pre>
 */
public final class SlaEngine {

    private final CalendarLookup calendars;

    private SlaEngine(CalendarLookup calendars) {
        this.calendars = Checks.notNull(calendars, "calendars");
    }

    /** An engine that resolves definitions' calendars with {@code calendars}. */
    public static SlaEngine create(CalendarLookup calendars) {
        return new SlaEngine(calendars);
    }

    /**
     * The SLA of {@code timeline} at {@code at}; events after {@code at} are ignored. Empty when the definition
     * does not apply to the ticket (its attributes or its opening priority).
     *
     * @throws ItmValidationException if {@code at} is before the ticket opened or the calendar is unknown
     */
    public Optional<SlaResult> evaluate(SlaDefinition definition, SlaTimeline timeline, Instant at) {
        Checks.notNull(definition, "definition");
        Checks.notNull(timeline, "timeline");
        Checks.notNull(at, "at");
        if (!definition.appliesTo(timeline.attributes(), timeline.first().priority())) {
            return Optional.empty();
        }
        if (at.isBefore(timeline.first().at())) {
            throw new ItmValidationException("at", "must not be before the ticket opened ("
                    + timeline.first().at() + "), was " + at);
        }
        SlaTracker tracker = new DefaultSlaTracker(definition, calendarOf(definition), timeline.ticketId());
        for (SlaEvent e : timeline.events()) {
            if (e.at().isAfter(at)) {
                break;
            }
            tracker.apply(e);
        }
        return Optional.of(tracker.resultAt(at));
    }

    /** The results of every definition of {@code definitions} that applies to {@code timeline}, in order. */
    public List<SlaResult> evaluateAll(List<SlaDefinition> definitions, SlaTimeline timeline, Instant at) {
        Checks.notNull(definitions, "definitions");
        List<SlaResult> out = new ArrayList<>(definitions.size());
        for (SlaDefinition d : definitions) {
            evaluate(d, timeline, at).ifPresent(out::add);
        }
        return out;
    }

    /**
     * An incremental tracker for one ticket; the caller decides applicability (see
     * {@link SlaDefinition#appliesTo(Map, String)}).
     */
    public SlaTracker track(SlaDefinition definition, String ticketId) {
        Checks.notNull(definition, "definition");
        Checks.notBlank(ticketId, "ticketId");
        return new DefaultSlaTracker(definition, calendarOf(definition), ticketId);
    }

    private BusinessCalendar calendarOf(SlaDefinition definition) {
        return calendars.find(definition.calendar()).orElseThrow(() -> new ItmValidationException(
                "calendar", "no business calendar named '" + definition.calendar() + "' (SLA " + definition.id()
                        + ")"));
    }
}

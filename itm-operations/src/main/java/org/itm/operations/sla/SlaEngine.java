package org.itm.operations.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.itm.core.ItmValidationException;
import org.itm.core.rule.Condition;
import org.itm.core.rule.ConditionDefinition;
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
    /** Compiled applies-when conditions; bounded because definitions are few and long-lived. */
    private final Map<ConditionDefinition, Condition<SlaTimeline>> conditions = new ConcurrentHashMap<>();

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
        List<SlaResult> r = evaluateAll(List.of(definition), timeline, at);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /**
     * The results of every definition of {@code definitions} that applies to {@code timeline}, in order. Definitions
     * on the same calendar share the measurement of each period, so evaluating several at once is cheaper than
     * one by one.
     *
     * @throws ItmValidationException as for {@link #evaluate}
     */
    public List<SlaResult> evaluateAll(List<SlaDefinition> definitions, SlaTimeline timeline, Instant at) {
        Checks.notNull(definitions, "definitions");
        Checks.notNull(timeline, "timeline");
        Checks.notNull(at, "at");
        List<SlaEvent> events = timeline.events();
        if (at.isBefore(events.get(0).at())) {
            throw new ItmValidationException("at", "must not be before the ticket opened ("
                    + events.get(0).at() + "), was " + at);
        }
        int n = 1;
        while (n < events.size() && !events.get(n).at().isAfter(at)) {
            n++;
        }
        List<SlaResult> out = new ArrayList<>(definitions.size());
        BusinessCalendar[] measured = new BusinessCalendar[definitions.size()];
        long[][] periods = new long[definitions.size()][];
        Instant[] clockStarts = new Instant[definitions.size()];
        int measuredCount = 0;
        for (SlaDefinition d : definitions) {
            Checks.notNull(d, "definitions[]");
            if (!d.appliesTo(timeline.attributes(), events.get(0).priority())
                    || d.condition().isPresent() && !compiled(d.condition().get()).test(timeline)) {
                continue;
            }
            BusinessCalendar calendar = calendarOf(d);
            int k = 0;
            while (k < measuredCount && measured[k] != calendar) {
                k++;
            }
            if (k == measuredCount) {
                measured[k] = calendar;
                periods[k] = measure(calendar, events, n, at);
                clockStarts[k] = calendar.nextWorkingInstant(events.get(0).at());
                measuredCount++;
            }
            long[] p = periods[k];
            DefaultSlaTracker tracker = new DefaultSlaTracker(d, calendar, timeline.ticketId(), clockStarts[k]);
            tracker.apply(events.get(0));
            for (int i = 1; i < n; i++) {
                tracker.apply(events.get(i), p[i]);
            }
            out.add(tracker.resultAt(at, p[n]));
        }
        return out;
    }

    /** Business nanos of each period between consecutive events (index i: from event i-1), and to {@code at} (index n). */
    private static long[] measure(BusinessCalendar calendar, List<SlaEvent> events, int n, Instant at) {
        long[] p = new long[n + 1];
        for (int i = 1; i < n; i++) {
            p[i] = calendar.workingTimeBetween(events.get(i - 1).at(), events.get(i).at()).toNanos();
        }
        p[n] = calendar.workingTimeBetween(events.get(n - 1).at(), at).toNanos();
        return p;
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

    private Condition<SlaTimeline> compiled(ConditionDefinition definition) {
        Condition<SlaTimeline> c = conditions.get(definition);
        if (c == null) {
            if (conditions.size() > 10_000) {
                conditions.clear();
            }
            c = SlaFacts.SCHEMA.condition(definition);
            conditions.put(definition, c);
        }
        return c;
    }

    private BusinessCalendar calendarOf(SlaDefinition definition) {
        return calendars.find(definition.calendar()).orElseThrow(() -> new ItmValidationException(
                "calendar", "no business calendar named '" + definition.calendar() + "' (SLA " + definition.id()
                        + ")"));
    }
}

package org.itm.examples.durable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.itm.core.time.BusinessCalendar;
import org.itm.operations.escalation.EscalationEngine;
import org.itm.operations.escalation.EscalationRule;
import org.itm.operations.sla.CalendarLookup;
import org.itm.operations.sla.ReopenPolicy;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaEngine;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaMetric;
import org.itm.operations.sla.SlaTarget;
import org.itm.operations.sla.SlaTimeline;

/**
 * A week of incidents for the kill-and-restart test: the same seed gives the same tickets in every JVM, some
 * paused on hold and some reopened into a second SLA cycle, escalated at 50, 75 and 100 % of their resolution SLA.
 */
final class EscalationWeek {

    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final int MINUTES = 7 * 24 * 60;
    static final SlaEngine SLA = SlaEngine.create(CalendarLookup.of(
            Map.of("24x7", BusinessCalendar.twentyFourSeven(ZoneId.of("UTC")))));
    static final List<SlaDefinition> DEFINITIONS = List.of(SlaDefinition.builder("resolution")
            .metric(SlaMetric.RESOLUTION).calendar("24x7")
            .target("P1", SlaTarget.businessHours(4)).target("P2", SlaTarget.businessHours(12))
            .target("P3", SlaTarget.businessHours(36)).reopenPolicy(ReopenPolicy.NEW_CYCLE).build());
    static final List<EscalationRule> RULES = List.of(
            EscalationRule.slaElapsed("sla-50", "resolution", 0.5).withNotify("webhook", "service-desk"),
            EscalationRule.slaElapsed("sla-75", "resolution", 0.75).withLevel(2).withNotify("webhook", "team-lead"),
            EscalationRule.slaElapsed("sla-100", "resolution", 1.0).withLevel(3).withNotify("webhook", "duty"));

    private EscalationWeek() {
    }

    /** {@code count} tickets with ids {@code prefix-INC-<n>}, opened over the first four days. */
    static List<SlaTimeline> tickets(String prefix, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SlaTimeline> tickets = new ArrayList<>();
        String[] priorities = {"P1", "P2", "P3"};
        for (int i = 0; i < count; i++) {
            String priority = priorities[random.nextInt(priorities.length)];
            Instant t = START.plus(Duration.ofMinutes(random.nextInt(4 * 24 * 60)));
            List<SlaEvent> events = new ArrayList<>();
            events.add(SlaEvent.of(t, "IN_PROGRESS", priority));
            if (random.nextInt(3) == 0) {
                t = t.plus(Duration.ofMinutes(30 + random.nextInt(240)));
                events.add(new SlaEvent(t, "ON_HOLD", "AWAITING_CUSTOMER", priority));
                t = t.plus(Duration.ofMinutes(30 + random.nextInt(600)));
                events.add(SlaEvent.of(t, "IN_PROGRESS", priority));
            }
            t = t.plus(Duration.ofMinutes(60 + random.nextInt(40 * 60)));
            events.add(SlaEvent.of(t, "RESOLVED", priority));
            if (random.nextInt(5) < 2) {
                t = t.plus(Duration.ofMinutes(30 + random.nextInt(300)));
                events.add(SlaEvent.of(t, "IN_PROGRESS", priority));
                if (random.nextBoolean()) {
                    t = t.plus(Duration.ofMinutes(60 + random.nextInt(30 * 60)));
                    events.add(SlaEvent.of(t, "RESOLVED", priority));
                }
            }
            tickets.add(new SlaTimeline(prefix + "-INC-" + i, Map.of(), events));
        }
        return tickets;
    }

    /** Evaluates every ticket opened by {@code now} once, as a per-minute scheduler would. */
    static void evaluateMinute(EscalationEngine engine, List<SlaTimeline> tickets, Instant now) {
        for (SlaTimeline ticket : tickets) {
            if (!ticket.first().at().isAfter(now)) {
                engine.evaluate(ticket, SLA.evaluateAll(DEFINITIONS, ticket, now), now);
            }
        }
    }

    /** The instant of minute {@code m} of the week. */
    static Instant minute(int m) {
        return START.plus(Duration.ofMinutes(m));
    }

    /** A clock the simulation moves minute by minute, so outbox entries are due in simulated time. */
    static final class SimulatedClock extends Clock {
        private volatile Instant now = START;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the simulated clock is UTC only");
        }
    }
}

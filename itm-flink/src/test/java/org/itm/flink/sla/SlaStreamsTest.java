package org.itm.flink.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.itm.flink.Flinks;
import org.itm.operations.sla.SlaEngine;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaStatus;
import org.itm.operations.sla.SlaTimeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SlaStreamsTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = Flinks.miniCluster();

    private static final OfficeSlas SETUP = new OfficeSlas();

    static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(OfficeSlas.BERLIN).toInstant();
    }

    private static List<SlaResult> run(List<TicketEvent> events) throws Exception {
        return run(events, SlaStateRetention.keepAll());
    }

    private static List<SlaResult> run(List<TicketEvent> events, SlaStateRetention retention) throws Exception {
        StreamExecutionEnvironment env = Flinks.environment(2);
        DataStream<TicketEvent> in = env.fromData(events, SlaStreams.ticketEventType())
                .assignTimestampsAndWatermarks(SlaStreams.watermarks(Duration.ZERO));
        List<SlaResult> out = new ArrayList<>();
        SlaStreams.evaluate(in, SETUP, retention).executeAndCollect().forEachRemaining(out::add);
        return out;
    }

    /**
     * One task from source to results, with a watermark right after every event (the latest instant seen), so that
     * which events are behind the watermark when they arrive is fixed by their order in {@code events}.
     */
    private static List<SlaResult> runWatermarkPerEvent(List<TicketEvent> events, SlaStateRetention retention)
            throws Exception {
        StreamExecutionEnvironment env = Flinks.environment(1);
        WatermarkStrategy<TicketEvent> perEvent = WatermarkStrategy.<TicketEvent>forGenerator(c ->
                        new WatermarkGenerator<>() {
                            private long max = Long.MIN_VALUE;

                            @Override
                            public void onEvent(TicketEvent e, long timestamp, WatermarkOutput output) {
                                max = Math.max(max, timestamp);
                                output.emitWatermark(new Watermark(max));
                            }

                            @Override
                            public void onPeriodicEmit(WatermarkOutput output) {
                            }
                        })
                .withTimestampAssigner((e, previous) -> e.event().at().toEpochMilli());
        DataStream<TicketEvent> in = env.fromData(events, SlaStreams.ticketEventType())
                .assignTimestampsAndWatermarks(perEvent);
        List<SlaResult> out = new ArrayList<>();
        SlaStreams.evaluate(in, SETUP, retention).executeAndCollect().forEachRemaining(out::add);
        return out;
    }

    @Test
    void aLateEventForATicketClearedAfterItsClocksStoppedStartsANewTimelineWhereKeptStateContinuesIt()
            throws Exception {
        List<TicketEvent> events = List.of(
                TicketEvent.of("INC-1", SlaEvent.of(berlin("2026-03-02T09:00"), "NEW", "P1")),
                TicketEvent.of("INC-1", SlaEvent.of(berlin("2026-03-02T10:00"), "RESOLVED", "P1")),
                // moves the watermark to 15:00, past INC-1's latest event plus the one-hour window
                TicketEvent.of("INC-2", SlaEvent.of(berlin("2026-03-02T15:00"), "NEW", "P1")),
                TicketEvent.of("INC-1", SlaEvent.of(berlin("2026-03-02T10:30"), "IN_PROGRESS", "P1")));

        SlaResult kept = lateResolution(runWatermarkPerEvent(events, SlaStateRetention.keepAll()));
        SlaResult cleared = lateResolution(runWatermarkPerEvent(events,
                SlaStateRetention.untilClocksStop(Duration.ofHours(1))));

        // kept: the reopening continues the clock of 09:00; cleared: forgotten, a new timeline from 10:30
        assertThat(kept.clockStartedAt()).isEqualTo(berlin("2026-03-02T09:00"));
        assertThat(cleared.clockStartedAt()).isEqualTo(berlin("2026-03-02T10:30"));
        assertThat(cleared.status()).isEqualTo(SlaStatus.IN_PROGRESS);
    }

    @Test
    void aReopeningWithinTheWindowIsEvaluatedOverTheWholeTimeline() throws Exception {
        List<TicketEvent> events = List.of(
                TicketEvent.of("INC-1", SlaEvent.of(berlin("2026-03-02T09:00"), "NEW", "P1")),
                TicketEvent.of("INC-1", SlaEvent.of(berlin("2026-03-02T10:00"), "RESOLVED", "P1")),
                TicketEvent.of("INC-2", SlaEvent.of(berlin("2026-03-02T15:00"), "NEW", "P1")),
                TicketEvent.of("INC-1", SlaEvent.of(berlin("2026-03-02T10:30"), "IN_PROGRESS", "P1")));

        SlaResult late = lateResolution(runWatermarkPerEvent(events,
                SlaStateRetention.untilClocksStop(Duration.ofHours(6))));

        assertThat(late.clockStartedAt()).isEqualTo(berlin("2026-03-02T09:00"));
    }

    private static SlaResult lateResolution(List<SlaResult> results) {
        return results.stream().filter(r -> r.ticketId().equals("INC-1") && r.definitionId().equals("resolution")
                        && r.evaluatedAt().equals(berlin("2026-03-02T10:30"))).findFirst().orElseThrow();
    }

    private static List<Instant> instantsOf(List<SlaResult> results, String definition) {
        return results.stream().filter(r -> r.definitionId().equals(definition)).map(SlaResult::evaluatedAt)
                .sorted().toList();
    }

    @Test
    void breachIsAnnouncedAtItsInstantWithNoFurtherEvent() throws Exception {
        List<SlaResult> results = run(List.of(TicketEvent.of("INC-1",
                SlaEvent.of(berlin("2026-03-02T09:00"), "NEW", "P1"))));

        // warnings at 50, 75 and 90 % of 4 business hours, then the breach; nothing after it
        assertThat(instantsOf(results, "resolution")).containsExactly(berlin("2026-03-02T09:00"),
                berlin("2026-03-02T11:00"), berlin("2026-03-02T12:00"), berlin("2026-03-02T12:36"),
                berlin("2026-03-02T13:00"));
        SlaResult last = results.stream().filter(r -> r.definitionId().equals("resolution"))
                .max(Comparator.comparing(SlaResult::evaluatedAt)).orElseThrow();
        assertThat(last.status()).isEqualTo(SlaStatus.BREACHED);
        assertThat(last.breachedAt()).contains(berlin("2026-03-02T13:00"));
        assertThat(last.thresholdsCrossed()).hasSize(3);
    }

    @Test
    void priorityChangeMovesTheTimers() throws Exception {
        List<SlaResult> results = run(List.of(
                TicketEvent.of("INC-2", SlaEvent.of(berlin("2026-03-02T09:00"), "NEW", "P3")),
                TicketEvent.of("INC-2", SlaEvent.of(berlin("2026-03-02T10:00"), "NEW", "P1"))));

        // recomputed from the start at P1: the P3 predictions (first one at 8 business hours) never fire
        assertThat(instantsOf(results, "resolution")).containsExactly(berlin("2026-03-02T09:00"),
                berlin("2026-03-02T10:00"), berlin("2026-03-02T11:00"), berlin("2026-03-02T12:00"),
                berlin("2026-03-02T12:36"), berlin("2026-03-02T13:00"));
    }

    @Test
    void pauseHoldsTheTimerUntilTheClockRunsAgain() throws Exception {
        List<SlaResult> results = run(List.of(
                TicketEvent.of("INC-3", SlaEvent.of(berlin("2026-03-02T09:00"), "IN_PROGRESS", "P1")),
                TicketEvent.of("INC-3", new SlaEvent(berlin("2026-03-02T10:00"), "ON_HOLD", "AWAITING_CUSTOMER",
                        "P1")),
                TicketEvent.of("INC-3", SlaEvent.of(berlin("2026-03-02T13:00"), "IN_PROGRESS", "P1"))));

        assertThat(instantsOf(results, "resolution")).containsExactly(berlin("2026-03-02T09:00"),
                berlin("2026-03-02T10:00"), berlin("2026-03-02T13:00"), berlin("2026-03-02T14:00"),
                berlin("2026-03-02T15:00"), berlin("2026-03-02T15:36"), berlin("2026-03-02T16:00"));
    }

    @Test
    void everyStreamedResultEqualsTheBatchEngineOnTheSameTimelineAndInstant() throws Exception {
        Random random = new Random(17);
        String[] states = {"NEW", "ASSIGNED", "IN_PROGRESS", "ON_HOLD", "IN_PROGRESS", "RESOLVED", "CLOSED"};
        Map<String, List<SlaEvent>> byTicket = new LinkedHashMap<>();
        List<TicketEvent> events = new ArrayList<>();
        Instant start = berlin("2026-03-02T08:00");
        for (int t = 0; t < 120; t++) {
            String id = "INC-" + t;
            Instant at = start.plus(Duration.ofMinutes(7L * t + random.nextInt(5)));
            String priority = random.nextBoolean() ? "P1" : "P3";
            int n = 1 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    at = at.plus(Duration.ofMinutes(1 + random.nextInt(400)));
                    if (random.nextInt(5) == 0) {
                        priority = priority.equals("P1") ? "P3" : "P1";
                    }
                }
                String state = states[Math.min(i == 0 ? 0 : i + random.nextInt(2), states.length - 1)];
                SlaEvent e = state.equals("ON_HOLD") ? new SlaEvent(at, state, "AWAITING_CUSTOMER", priority)
                        : SlaEvent.of(at, state, priority);
                byTicket.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
                events.add(new TicketEvent(id, Map.of("service", "svc-" + t % 3), e));
            }
        }
        events.sort(Comparator.comparing(e -> e.event().at()));

        assertEqualsBatch(events, byTicket, run(events));
        // cleared a month after the clocks stop: no ticket changes that late, so nothing differs
        assertEqualsBatch(events, byTicket, run(events, SlaStateRetention.untilClocksStop(Duration.ofDays(30))));
    }

    private static void assertEqualsBatch(List<TicketEvent> events, Map<String, List<SlaEvent>> byTicket,
                                          List<SlaResult> streamed) {

        SlaEngine batch = SlaEngine.create(SETUP.calendars());
        for (SlaResult r : streamed) {
            SlaTimeline timeline = new SlaTimeline(r.ticketId(), Map.of("service",
                    "svc-" + Integer.parseInt(r.ticketId().substring(4)) % 3), byTicket.get(r.ticketId()));
            SlaResult expected = batch.evaluateAll(SETUP.definitions(), timeline, r.evaluatedAt()).stream()
                    .filter(b -> b.definitionId().equals(r.definitionId())).findFirst().orElseThrow();
            assertThat(r).isEqualTo(expected);
        }
        // one result per event and definition, plus the announced crossings
        assertThat(streamed.size()).isGreaterThan(events.size() * 2);
        assertThat(streamed).anyMatch(r -> r.status() == SlaStatus.BREACHED
                && byTicket.get(r.ticketId()).stream().noneMatch(e -> e.at().equals(r.evaluatedAt())));
    }
}

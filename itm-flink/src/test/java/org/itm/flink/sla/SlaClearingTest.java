package org.itm.flink.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.itm.flink.sla.internal.SlaProcessFunction;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaStatus;
import org.junit.jupiter.api.Test;

/**
 * A ticket's state cleared once its clocks stopped and the watermark passed its latest event plus the reopen window,
 * driven through Flink's operator test harness, which counts the keyed state entries and timers left.
 */
class SlaClearingTest {

    private static final long HOUR = 3_600_000;

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(OfficeSlas.BERLIN).toInstant();
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, TicketEvent, SlaResult> harness(long window)
            throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, TicketEvent, SlaResult> h =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new SlaProcessFunction(new OfficeSlas(), 0, window)),
                        TicketEvent::ticketId, Types.STRING);
        h.open();
        return h;
    }

    private static void event(KeyedOneInputStreamOperatorTestHarness<String, TicketEvent, SlaResult> h,
                              String state, String at) throws Exception {
        Instant t = berlin(at);
        h.processElement(new StreamRecord<>(TicketEvent.of("INC-1", SlaEvent.of(t, state, "P1")), t.toEpochMilli()));
    }

    private static void watermark(KeyedOneInputStreamOperatorTestHarness<String, TicketEvent, SlaResult> h,
                                  String at) throws Exception {
        h.processWatermark(berlin(at).toEpochMilli());
    }

    private static SlaResult last(List<SlaResult> out, String definition) {
        return out.stream().filter(r -> r.definitionId().equals(definition)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aResolvedTicketIsForgottenWhenTheWatermarkPassesItsLatestEventPlusTheWindow() throws Exception {
        try (var h = harness(HOUR)) {
            event(h, "NEW", "2026-03-02T09:00");
            event(h, "RESOLVED", "2026-03-02T10:00");
            // only the clearing timer is left, at 11:00
            assertThat(h.numEventTimeTimers()).isEqualTo(1);
            watermark(h, "2026-03-02T10:59");
            assertThat(h.numKeyedStateEntries()).isPositive();

            watermark(h, "2026-03-02T11:00");
            assertThat(h.numKeyedStateEntries()).isZero();
            assertThat(h.numEventTimeTimers()).isZero();
            assertThat(h.numProcessingTimeTimers()).isZero();
        }
    }

    @Test
    void aReopeningWithinTheWindowContinuesTheTimelineAndMovesTheClearing() throws Exception {
        try (var h = harness(HOUR)) {
            event(h, "NEW", "2026-03-02T09:00");
            event(h, "RESOLVED", "2026-03-02T10:00");
            watermark(h, "2026-03-02T10:40");
            // late against the watermark, but within the window: put in its place in the whole timeline
            event(h, "IN_PROGRESS", "2026-03-02T10:30");
            assertThat(last(h.extractOutputValues(), "resolution").clockStartedAt())
                    .isEqualTo(berlin("2026-03-02T09:00"));
            event(h, "RESOLVED", "2026-03-02T10:45");
            watermark(h, "2026-03-02T11:30");
            assertThat(h.numKeyedStateEntries()).isPositive();
            watermark(h, "2026-03-02T11:45");
            assertThat(h.numKeyedStateEntries()).isZero();
            assertThat(h.numEventTimeTimers()).isZero();
        }
    }

    @Test
    void anEventAfterTheClearingStartsANewTimelineFromThatEvent() throws Exception {
        try (var h = harness(0)) {
            event(h, "NEW", "2026-03-02T09:00");
            event(h, "RESOLVED", "2026-03-02T10:00");
            watermark(h, "2026-03-02T12:00");
            assertThat(h.numKeyedStateEntries()).isZero();
            h.getOutput().clear();

            event(h, "IN_PROGRESS", "2026-03-02T10:30");
            // the documented policy: the ticket is forgotten, its clock starts again at the late event
            SlaResult resolution = last(h.extractOutputValues(), "resolution");
            assertThat(resolution.clockStartedAt()).isEqualTo(berlin("2026-03-02T10:30"));
            assertThat(resolution.status()).isEqualTo(SlaStatus.IN_PROGRESS);
            assertThat(h.numKeyedStateEntries()).isPositive();
        }
    }

    @Test
    void aTicketWhoseClockStillRunsIsKeptAfterItsBreachAndAPausedOneIsKept() throws Exception {
        try (var h = harness(0)) {
            event(h, "NEW", "2026-03-02T09:00");
            watermark(h, "2026-03-09T09:00");
            // breached at 13:00 with the resolution clock still running: a later resolution still counts
            assertThat(last(h.extractOutputValues(), "resolution").status()).isEqualTo(SlaStatus.BREACHED);
            assertThat(h.numKeyedStateEntries()).isPositive();

            h.processElement(new StreamRecord<>(TicketEvent.of("INC-2", new SlaEvent(berlin("2026-03-09T10:00"),
                    "ON_HOLD", "AWAITING_CUSTOMER", "P1")), berlin("2026-03-09T10:00").toEpochMilli()));
            watermark(h, "2026-04-09T09:00");
            h.processElement(new StreamRecord<>(TicketEvent.of("INC-2", SlaEvent.of(berlin("2026-04-09T10:00"),
                    "IN_PROGRESS", "P1")), berlin("2026-04-09T10:00").toEpochMilli()));
            SlaResult resumed = last(h.extractOutputValues().stream().filter(r -> r.ticketId().equals("INC-2"))
                    .toList(), "resolution");
            assertThat(resumed.clockStartedAt()).isEqualTo(berlin("2026-03-09T10:00"));
        }
    }

    @Test
    void anOutOfOrderEventBeforeTheResolutionKeepsTheClearingAtTheLatestEvent() throws Exception {
        try (var h = harness(HOUR)) {
            event(h, "NEW", "2026-03-02T09:00");
            event(h, "RESOLVED", "2026-03-02T12:00");
            // arrives after the resolution, belongs before it: evaluated at 10:00, where the resolution clock is
            // paused, while at the timeline's end (12:00) every clock has stopped
            h.processElement(new StreamRecord<>(TicketEvent.of("INC-1", new SlaEvent(berlin("2026-03-02T10:00"),
                    "ON_HOLD", "AWAITING_CUSTOMER", "P1")), berlin("2026-03-02T10:00").toEpochMilli()));
            assertThat(h.numEventTimeTimers()).isEqualTo(1);
            watermark(h, "2026-03-02T12:59");
            assertThat(h.numKeyedStateEntries()).isPositive();
            watermark(h, "2026-03-02T13:00");
            assertThat(h.numKeyedStateEntries()).isZero();
        }
    }
}

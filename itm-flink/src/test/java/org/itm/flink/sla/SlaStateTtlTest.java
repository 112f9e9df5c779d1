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
 * Per-ticket state under TTL, driven through Flink's operator test harness, whose processing time and state-TTL clock
 * are set by the test (TTL counts processing time; timers of SLA crossings are in event time).
 */
class SlaStateTtlTest {

    private static final long TTL = 60_000;

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(OfficeSlas.BERLIN).toInstant();
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, TicketEvent, SlaResult> harness() throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, TicketEvent, SlaResult> h =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        new KeyedProcessOperator<>(new SlaProcessFunction(new OfficeSlas(), TTL)),
                        TicketEvent::ticketId, Types.STRING);
        h.open();
        return h;
    }

    private static void event(KeyedOneInputStreamOperatorTestHarness<String, TicketEvent, SlaResult> h,
                              String state, String at) throws Exception {
        Instant t = berlin(at);
        h.processElement(new StreamRecord<>(TicketEvent.of("INC-1", SlaEvent.of(t, state, "P1")), t.toEpochMilli()));
    }

    /** Processing time and the TTL clock move together, as they do on a cluster. */
    private static void processingTime(KeyedOneInputStreamOperatorTestHarness<String, TicketEvent, SlaResult> h,
                                       long millis) throws Exception {
        h.setStateTtlProcessingTime(millis);
        h.setProcessingTime(millis);
    }

    private static SlaResult last(List<SlaResult> out, String definition) {
        return out.stream().filter(r -> r.definitionId().equals(definition)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void anIdleTicketsStateIsClearedAfterTheTtlAndAKeptOneIsNot() throws Exception {
        try (var h = harness()) {
            processingTime(h, 0);
            event(h, "NEW", "2026-03-02T09:00");
            event(h, "RESOLVED", "2026-03-02T10:00");
            processingTime(h, TTL - 1);
            event(h, "IN_PROGRESS", "2026-03-02T11:00");
            // within the TTL the reopened ticket continues its timeline, opened at 09:00
            assertThat(last(h.extractOutputValues(), "resolution").clockStartedAt())
                    .isEqualTo(berlin("2026-03-02T09:00"));
            event(h, "RESOLVED", "2026-03-02T11:30");

            processingTime(h, TTL - 1 + TTL + 1);
            event(h, "IN_PROGRESS", "2026-03-02T12:00");
            // idle for longer than the TTL (nothing pending: resolved): forgotten, a new timeline starts at 12:00
            assertThat(last(h.extractOutputValues(), "resolution").clockStartedAt())
                    .isEqualTo(berlin("2026-03-02T12:00"));
        }
    }

    @Test
    void anOpenTicketWithAPendingBreachOutlivesTheTtlUntilTheBreachFires() throws Exception {
        try (var h = harness()) {
            processingTime(h, 0);
            event(h, "NEW", "2026-03-02T09:00");
            h.getOutput().clear();
            // the watermark stalls while processing time runs for five TTLs without an event
            for (long t = TTL / 4; t <= 5 * TTL; t += TTL / 4) {
                processingTime(h, t);
            }
            h.processWatermark(berlin("2026-03-02T13:00").toEpochMilli());

            List<SlaResult> fired = h.extractOutputValues();
            assertThat(fired).extracting(SlaResult::definitionId, SlaResult::status)
                    .contains(org.assertj.core.groups.Tuple.tuple("resolution", SlaStatus.BREACHED));
            assertThat(last(fired, "resolution").breachedAt()).contains(berlin("2026-03-02T13:00"));
            assertThat(last(fired, "resolution").clockStartedAt()).isEqualTo(berlin("2026-03-02T09:00"));

            // with nothing pending any more, the TTL runs from the last write
            processingTime(h, 5 * TTL + TTL / 2 + 2 * TTL);
            event(h, "IN_PROGRESS", "2026-03-02T14:00");
            assertThat(last(h.extractOutputValues(), "resolution").clockStartedAt())
                    .isEqualTo(berlin("2026-03-02T14:00"));
        }
    }
}

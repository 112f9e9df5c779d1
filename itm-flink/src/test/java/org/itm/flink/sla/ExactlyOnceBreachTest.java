package org.itm.flink.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.itm.core.notify.Notification;
import org.itm.core.notify.Severity;
import org.itm.core.outbox.Outbox;
import org.itm.core.outbox.OutboxEntry;
import org.itm.core.outbox.OutboxStatus;
import org.itm.core.store.DocumentStore;
import org.itm.core.store.DocumentStores;
import org.itm.core.store.Page;
import org.itm.core.store.Versioned;
import org.itm.flink.Flinks;
import org.itm.operations.sla.SlaEngine;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaStatus;
import org.itm.operations.sla.SlaTimeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Parallelism 2 with checkpoints; a task fails once mid-stream after a checkpoint, the job restores from it and
 * replays, and the outbox still holds each breach exactly once.
 */
class ExactlyOnceBreachTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = Flinks.miniCluster();

    /** Outlives the job's attempts, as a database would. */
    static final DocumentStore STORE = DocumentStores.inMemory();
    static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();
    static final AtomicBoolean FAILED = new AtomicBoolean();
    static final AtomicInteger BREACHES_SEEN = new AtomicInteger();

    static final class TestOutbox implements BreachOutbox {
        private static final long serialVersionUID = 1L;

        @Override
        public DocumentStore store() {
            return STORE;
        }

        @Override
        public String notifier() {
            return "pager";
        }

        @Override
        public Notification notificationOf(SlaResult breach, String idempotencyKey) {
            BREACHES_SEEN.incrementAndGet();
            return Notification.builder().channel("pager").recipient("service-desk").severity(Severity.MAJOR)
                    .subject("SLA breached: " + breach.ticketId()).body(breach.explanation())
                    .correlationId(breach.ticketId()).deduplicationKey(idempotencyKey).build();
        }
    }

    /**
     * Slows the source (chained to it, so that checkpoint barriers do not queue behind a buffered stream and
     * checkpoints complete mid-way).
     */
    static final class Throttle implements MapFunction<TicketEvent, TicketEvent> {
        private static final long serialVersionUID = 1L;

        @Override
        public TicketEvent map(TicketEvent e) throws Exception {
            // slow until the injected failure, quick for the replay after it
            if (!FAILED.get()) {
                Thread.sleep(4);
            }
            return e;
        }
    }

    /** Fails once, on one of the two parallel tasks, after a checkpoint completed. */
    static final class FailOnceAfterACheckpoint extends RichMapFunction<TicketEvent, TicketEvent>
            implements CheckpointListener {
        private static final long serialVersionUID = 1L;
        private int seen;

        @Override
        public TicketEvent map(TicketEvent e) throws Exception {
            seen++;
            if (seen > 50 && CHECKPOINTED.get() && FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("injected failure after " + seen + " events");
            }
            return e;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            CHECKPOINTED.set(true);
        }
    }

    @Test
    void eachBreachIsRecordedExactlyOnceThroughAFailureAndRestore() throws Exception {
        Random random = new Random(41);
        Map<String, List<SlaEvent>> byTicket = new LinkedHashMap<>();
        List<TicketEvent> events = new ArrayList<>();
        Instant start = SlaStreamsTest.berlin("2026-03-02T08:00");
        String[] states = {"NEW", "ASSIGNED", "IN_PROGRESS", "ON_HOLD", "IN_PROGRESS", "RESOLVED"};
        for (int t = 0; t < 300; t++) {
            String id = "INC-" + t;
            Instant at = start.plus(Duration.ofMinutes(3L * t));
            String priority = random.nextBoolean() ? "P1" : "P3";
            int n = 1 + random.nextInt(states.length);
            for (int i = 0; i < n; i++) {
                at = at.plus(Duration.ofMinutes(i == 0 ? 0 : 1 + random.nextInt(300)));
                SlaEvent e = states[i].equals("ON_HOLD") ? new SlaEvent(at, "ON_HOLD", "AWAITING_CUSTOMER", priority)
                        : SlaEvent.of(at, states[i], priority);
                byTicket.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
                events.add(TicketEvent.of(id, e));
            }
        }
        events.sort(Comparator.comparing(e -> e.event().at()));

        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(20));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        env.enableCheckpointing(50);
        DataStream<TicketEvent> in = env.fromData(events, SlaStreams.ticketEventType()).setParallelism(1)
                .assignTimestampsAndWatermarks(SlaStreams.watermarks(Duration.ZERO)).setParallelism(1)
                .map(new Throttle(), SlaStreams.ticketEventType()).setParallelism(1)
                .keyBy(TicketEvent::ticketId, Types.STRING)
                .map(new FailOnceAfterACheckpoint(), SlaStreams.ticketEventType());
        SlaStreams.evaluate(in, new OfficeSlas()).sinkTo(SlaStreams.breachSink(new TestOutbox()));
        env.execute("exactly-once breaches");

        assertThat(FAILED).as("the injected failure happened").isTrue();
        // every clock still running at the end of the input breaches when the final watermark passes
        SlaEngine batch = SlaEngine.create(new OfficeSlas().calendars());
        Set<String> expected = new HashSet<>();
        for (Map.Entry<String, List<SlaEvent>> e : byTicket.entrySet()) {
            SlaTimeline timeline = new SlaTimeline(e.getKey(), Map.of(), e.getValue());
            for (SlaResult r : batch.evaluateAll(new OfficeSlas().definitions(), timeline,
                    Instant.parse("2027-01-01T00:00:00Z"))) {
                if (r.status() == SlaStatus.BREACHED) {
                    expected.add(SlaStreams.breachKey(r));
                }
            }
        }
        Outbox outbox = Outbox.create(STORE);
        List<String> recorded = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            Page<Versioned<OutboxEntry>> page = outbox.withStatus(OutboxStatus.PENDING, 500, token);
            page.items().forEach(v -> recorded.add(v.value().notification().idempotencyKey().orElseThrow()));
            token = page.nextPageToken();
        } while (token.isPresent());

        assertThat(recorded).doesNotHaveDuplicates();
        assertThat(new HashSet<>(recorded)).isEqualTo(expected);
        assertThat(expected).hasSizeGreaterThan(30);
    }
}

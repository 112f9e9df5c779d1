package org.itm.examples.flink;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.itm.core.time.BusinessCalendar;
import org.itm.flink.kpi.KpiSetup;
import org.itm.flink.kpi.KpiStreams;
import org.itm.flink.kpi.KpiWindowUpdate;
import org.itm.flink.sla.SlaSetup;
import org.itm.flink.sla.SlaStreams;
import org.itm.flink.sla.TicketEvent;
import org.itm.flink.types.Codec;
import org.itm.flink.types.CodecIo;
import org.itm.flink.types.CodecTypeInfo;
import org.itm.flink.types.ItmTypes;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.RecordSchema;
import org.itm.metrics.kpi.TimeWindow;
import org.itm.operations.sla.CalendarLookup;
import org.itm.operations.sla.SlaDefinition;
import org.itm.operations.sla.SlaEvent;
import org.itm.operations.sla.SlaMetric;
import org.itm.operations.sla.SlaResult;
import org.itm.operations.sla.SlaStatus;
import org.itm.operations.sla.SlaTarget;

/**
 * A service desk on streams: a generated stream of ticket events goes through the SLA job (breaches printed as
 * the watermark reaches them, without waiting for the next event) and the resolved tickets through the KPI job
 * (daily windows in Berlin, printed as they close), both on a local Flink MiniCluster with Kryo disabled.
 *
 * <p>Run with {@code mvn -pl examples exec:java -Dexec.mainClass=org.itm.examples.flink.StreamingServiceDesk}.
 */
public final class StreamingServiceDesk {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** What a run saw. */
    public record Summary(int events, int breaches, int kpiWindows) {
    }

    /** A resolved ticket: the KPI job's record. */
    public record Resolved(String ticketId, String service, String priority, Instant resolvedAt, double hours) {
    }

    /** Resolution SLAs per priority on a 08:00-18:00 Berlin week. */
    static final class DeskSlas implements SlaSetup {
        private static final long serialVersionUID = 1L;

        @Override
        public List<SlaDefinition> definitions() {
            return List.of(SlaDefinition.builder("resolution").metric(SlaMetric.RESOLUTION).calendar("desk")
                    .target("P1", SlaTarget.businessHours(4)).target("P2", SlaTarget.businessHours(8))
                    .target("P3", SlaTarget.businessHours(24)).build());
        }

        @Override
        public CalendarLookup calendars() {
            return CalendarLookup.of(Map.of("desk",
                    BusinessCalendar.weekdays(BERLIN, LocalTime.of(8, 0), LocalTime.of(18, 0))));
        }
    }

    /** Tickets resolved per service and day, with mean and 90th percentile of hours to resolve. */
    static final class DeskKpis implements KpiSetup<Resolved> {
        private static final long serialVersionUID = 1L;

        @Override
        public KpiEngine<Resolved> engine() {
            RecordSchema<Resolved> schema = RecordSchema.<Resolved>builder("resolved")
                    .dimension("service", Resolved::service)
                    .measure("hours", Resolved::hours)
                    .time("resolved", r -> Optional.of(r.resolvedAt()))
                    .build();
            return KpiEngine.create(schema, List.of(
                    def("resolved").unit("tickets").count().build(),
                    def("mttr").unit("h").mean("hours").build(),
                    def("p90").unit("h").percentile(90, "hours").build()));
        }

        private static KpiDefinition.Builder def(String id) {
            return KpiDefinition.builder(id).name(id).direction(KpiDirection.LOWER_IS_BETTER).timeField("resolved")
                    .dimensions("service").window(TimeWindow.day(BERLIN));
        }
    }

    static final class ResolvedCodec implements Codec<Resolved> {
        private static final long serialVersionUID = 1L;

        @Override
        public void write(Resolved r, DataOutputView out) throws IOException {
            CodecIo.string(r.ticketId(), out);
            CodecIo.string(r.service(), out);
            CodecIo.string(r.priority(), out);
            CodecIo.instant(r.resolvedAt(), out);
            out.writeDouble(r.hours());
        }

        @Override
        public Resolved read(DataInputView in) throws IOException {
            return new Resolved(CodecIo.string(in), CodecIo.string(in), CodecIo.string(in), CodecIo.instant(in),
                    in.readDouble());
        }
    }

    private StreamingServiceDesk() {
    }

    public static void main(String[] args) throws Exception {
        Summary s = run(args.length > 0 ? Integer.parseInt(args[0]) : 2000, 7, System.out);
        System.out.println(s);
    }

    /** Generates {@code tickets} tickets from {@code seed}, runs both jobs and prints what they announce. */
    public static Summary run(int tickets, long seed, PrintStream out) throws Exception {
        List<TicketEvent> events = new ArrayList<>();
        List<Resolved> resolved = new ArrayList<>();
        generate(tickets, seed, events, resolved);

        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, conf);
        DataStream<TicketEvent> in = env.fromData(events, SlaStreams.ticketEventType())
                .assignTimestampsAndWatermarks(SlaStreams.watermarks(Duration.ofMinutes(1)));
        // a breached SLA stays breached on later results: announce each (ticket, definition, cycle) once
        Set<String> announced = new HashSet<>();
        try (CloseableIterator<SlaResult> it = SlaStreams.evaluate(in, new DeskSlas())
                .filter(r -> r.status() == SlaStatus.BREACHED)
                .returns(ItmTypes.slaResult())
                .executeAndCollect("sla")) {
            while (it.hasNext()) {
                SlaResult r = it.next();
                if (announced.add(SlaStreams.breachKey(r))) {
                    out.println("BREACH " + r.ticketId() + " " + r.priority() + " at " + r.breachedAt().orElseThrow()
                            + ", announced at " + r.evaluatedAt() + " (" + r.clockHeldBy() + ")");
                }
            }
        }
        int breaches = announced.size();

        TypeInformation<Resolved> type = CodecTypeInfo.of(Resolved.class, new ResolvedCodec());
        DataStream<Resolved> done = env.fromData(resolved, type).assignTimestampsAndWatermarks(
                WatermarkStrategy.<Resolved>forBoundedOutOfOrderness(
                        Duration.ofMinutes(1)).withTimestampAssigner((r, p) -> r.resolvedAt().toEpochMilli()));
        int windows = 0;
        try (CloseableIterator<KpiWindowUpdate> it = KpiStreams.aggregate(done, new DeskKpis(), Resolved::service,
                Duration.ofHours(1)).updates().executeAndCollect("kpi")) {
            while (it.hasNext()) {
                KpiWindowUpdate u = it.next();
                windows++;
                for (KpiResult r : u.results().forKpi("mttr")) {
                    out.printf("KPI %s %s mttr %.2f h over %d tickets%n", r.window().start(),
                            r.dimensions().get("service"), r.value(), r.sampleSize());
                }
            }
        }
        return new Summary(events.size(), breaches, windows);
    }

    private static void generate(int tickets, long seed, List<TicketEvent> events, List<Resolved> resolved) {
        Random random = new Random(seed);
        String[] services = {"mail", "erp", "network"};
        String[] priorities = {"P1", "P2", "P3"};
        Instant open = Instant.parse("2026-03-02T07:00:00Z");
        for (int t = 0; t < tickets; t++) {
            open = open.plusSeconds(60 + random.nextInt(600));
            String id = "INC-" + (1000 + t);
            String priority = priorities[random.nextInt(3)];
            String service = services[random.nextInt(3)];
            Map<String, String> attributes = Map.of("service", service);
            events.add(new TicketEvent(id, attributes, SlaEvent.of(open, "NEW", priority)));
            Instant at = open.plus(Duration.ofMinutes(5 + random.nextInt(60)));
            events.add(new TicketEvent(id, attributes, SlaEvent.of(at, "IN_PROGRESS", priority)));
            if (random.nextInt(4) == 0) {
                at = at.plus(Duration.ofMinutes(10 + random.nextInt(120)));
                events.add(new TicketEvent(id, attributes, new SlaEvent(at, "ON_HOLD", "AWAITING_CUSTOMER", priority)));
                at = at.plus(Duration.ofMinutes(30 + random.nextInt(600)));
                events.add(new TicketEvent(id, attributes, SlaEvent.of(at, "IN_PROGRESS", priority)));
            }
            if (random.nextInt(5) != 0) {
                at = at.plus(Duration.ofMinutes(30 + random.nextInt(2000)));
                events.add(new TicketEvent(id, attributes, SlaEvent.of(at, "RESOLVED", priority)));
                resolved.add(new Resolved(id, service, priority, at,
                        Duration.between(open, at).toMinutes() / 60.0));
            }
        }
        events.sort(Comparator.comparing(e -> e.event().at()));
        resolved.sort(Comparator.comparing(Resolved::resolvedAt));
    }
}

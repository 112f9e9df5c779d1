package org.itm.flink.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.itm.core.ItmValidationException;
import org.itm.flink.Flinks;
import org.itm.metrics.kpi.KpiAggregator;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KpiStreamsTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = Flinks.miniCluster();

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Monthly windows in Berlin. */
    static final class Monthly implements KpiSetup<Incident> {
        private static final long serialVersionUID = 1L;

        @Override
        public KpiEngine<Incident> engine() {
            return Incident.engine(TimeWindow.month(BERLIN));
        }
    }

    /** 7-day rolling windows in Berlin. */
    static final class Rolling implements KpiSetup<Incident> {
        private static final long serialVersionUID = 1L;

        @Override
        public KpiEngine<Incident> engine() {
            return Incident.engine(TimeWindow.rollingDays(7, BERLIN));
        }
    }

    /** Daily windows in Berlin. */
    static final class Daily implements KpiSetup<Incident> {
        private static final long serialVersionUID = 1L;

        @Override
        public KpiEngine<Incident> engine() {
            return Incident.engine(TimeWindow.day(BERLIN));
        }
    }

    /** A watermark just behind every record, so that lateness is decided by the order of the input alone. */
    static WatermarkStrategy<Incident> punctuated() {
        return WatermarkStrategy.<Incident>forGenerator(ctx -> new WatermarkGenerator<>() {
            long max = Long.MIN_VALUE;

            @Override
            public void onEvent(Incident event, long timestamp, WatermarkOutput output) {
                max = Math.max(max, timestamp);
                output.emitWatermark(new Watermark(max - 1));
            }

            @Override
            public void onPeriodicEmit(WatermarkOutput output) {
            }
        }).withTimestampAssigner((i, previous) -> i.opened().toEpochMilli());
    }

    static List<Incident> incidents(int n, long seed) {
        Random random = new Random(seed);
        String[] services = {"mail", "web", "erp"};
        List<Incident> out = new ArrayList<>();
        Instant t = Instant.parse("2026-02-20T00:00:00Z");
        for (int i = 0; i < n; i++) {
            t = t.plusSeconds(random.nextInt(1200));
            out.add(new Incident("INC-" + i, services[random.nextInt(3)], t,
                    Math.round(random.nextDouble() * 40_000) / 1000.0, random.nextInt(4) != 0));
        }
        return out;
    }

    private static <T> List<T> collect(DataStream<T> stream) throws Exception {
        List<T> out = new ArrayList<>();
        CloseableIterator<T> it = stream.executeAndCollect();
        it.forEachRemaining(out::add);
        it.close();
        return out;
    }

    private static DataStream<Incident> source(StreamExecutionEnvironment env, List<Incident> incidents) {
        return env.fromData(incidents, Incident.type()).setParallelism(1).assignTimestampsAndWatermarks(punctuated())
                .setParallelism(1);
    }

    private static String bucket(Incident i) {
        return "p" + Math.floorMod(i.id().hashCode(), 4);
    }

    @Test
    void monthlyWindowsAcrossPartitionsEqualTheBatchEngine() throws Exception {
        // 6000 incidents from 20 February into April, across the change to summer time; groups span the 4 partitions
        List<Incident> incidents = incidents(6000, 1);
        StreamExecutionEnvironment env = Flinks.environment(2);
        KpiStreamJob<Incident> job = KpiStreams.aggregate(source(env, incidents), new Monthly(),
                KpiStreamsTest::bucket, Duration.ZERO);

        List<KpiWindowUpdate> updates = collect(job.updates());

        Set<KpiResult> expected = new HashSet<>(new Monthly().engine().compute(incidents).values());
        assertThat(updates).allMatch(u -> u.revision() == 0);
        assertThat(updates).extracting(u -> u.start().atZone(BERLIN).toLocalDate()).containsExactlyInAnyOrder(
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        // March has 31 days minus the hour lost to summer time
        KpiWindowUpdate march = updates.stream().filter(u -> u.start().atZone(BERLIN).getMonthValue() == 3)
                .findFirst().orElseThrow();
        assertThat(Duration.between(march.start(), march.end())).isEqualTo(Duration.ofDays(31).minusHours(1));
        Set<KpiResult> streamed = new HashSet<>();
        updates.forEach(u -> streamed.addAll(u.results().values()));
        assertThat(streamed).isEqualTo(expected);
        // the percentiles beyond the exact limit are estimated, and still equal bit for bit
        assertThat(streamed).anyMatch(r -> !r.exact());
    }

    @Test
    void rollingWindowsEqualTheBatchEngineThroughTheLastDay() throws Exception {
        List<Incident> incidents = incidents(1500, 2);
        StreamExecutionEnvironment env = Flinks.environment(2);
        List<KpiWindowUpdate> updates = collect(KpiStreams.aggregate(source(env, incidents), new Rolling(),
                KpiStreamsTest::bucket, Duration.ZERO).updates());

        KpiAggregator<Incident> batch = new Rolling().engine().newAggregator().addAll(incidents);
        LocalDate lastDay = incidents.get(incidents.size() - 1).opened().atZone(BERLIN).toLocalDate();
        Set<KpiResult> expected = new HashSet<>(batch.resultsThrough(lastDay.plusDays(6)).values());
        Set<KpiResult> streamed = new HashSet<>();
        updates.forEach(u -> streamed.addAll(u.results().values()));
        assertThat(streamed).isEqualTo(expected);
        assertThat(updates).allMatch(u -> Duration.between(u.start(), u.end()).toDays() >= 6);
    }

    @Test
    void lateRecordsWithinTheLatenessReviseTheWindowAndLaterOnesAreSetAside() throws Exception {
        List<Incident> inOrder = new ArrayList<>();
        for (int day = 1; day <= 6; day++) {
            inOrder.add(new Incident("D" + day, "mail", Instant.parse("2026-03-0" + day + "T09:00:00Z"), day, true));
        }
        Incident late = new Incident("LATE", "mail", Instant.parse("2026-03-04T12:00:00Z"), 10, false);
        Incident tooLate = new Incident("TOO-LATE", "mail", Instant.parse("2026-03-01T12:00:00Z"), 10, false);
        List<Incident> input = new ArrayList<>(inOrder.subList(0, 5));
        input.add(late);      // watermark is on 5 March: the window of 4 March closed less than a day ago
        input.add(tooLate);   // the window of 1 March closed more than a day ago
        input.add(inOrder.get(5));
        StreamExecutionEnvironment env = Flinks.environment(2);
        KpiStreamJob<Incident> job = KpiStreams.aggregate(source(env, input), new Daily(), KpiStreamsTest::bucket,
                Duration.ofDays(1));
        List<KpiWindowUpdate> updates = collect(job.updates());

        // the latest revision of each window is the batch value over the accepted records
        Map<Instant, KpiWindowUpdate> latest = new HashMap<>();
        for (KpiWindowUpdate u : updates) {
            latest.merge(u.start(), u, (a, b) -> a.revision() >= b.revision() ? a : b);
        }
        List<Incident> accepted = new ArrayList<>(inOrder);
        accepted.add(late);
        accepted.sort(Comparator.comparing(Incident::opened));
        Set<KpiResult> streamed = new HashSet<>();
        latest.values().forEach(u -> streamed.addAll(u.results().values()));
        assertThat(streamed).isEqualTo(new HashSet<>(new Daily().engine().compute(accepted).values()));
        assertThat(updates.stream().map(KpiWindowUpdate::start).distinct().count()).isEqualTo(6);
    }

    @Test
    void tooLateRecordsComeOutOnTheirOwnStream() throws Exception {
        List<Incident> input = List.of(
                new Incident("A", "mail", Instant.parse("2026-03-01T09:00:00Z"), 1, true),
                new Incident("B", "mail", Instant.parse("2026-03-05T09:00:00Z"), 1, true),
                new Incident("C", "mail", Instant.parse("2026-03-01T10:00:00Z"), 1, true));
        StreamExecutionEnvironment env = Flinks.environment(2);
        KpiStreamJob<Incident> job = KpiStreams.aggregate(source(env, input), new Daily(), KpiStreamsTest::bucket,
                Duration.ofHours(1));

        assertThat(collect(job.tooLate())).extracting(Incident::id).containsExactly("C");
    }

    @Test
    void definitionsOnDifferentWindowsAreRefused() {
        StreamExecutionEnvironment env = Flinks.environment(1);
        KpiSetup<Incident> mixed = () -> KpiEngine.create(Incident.SCHEMA, List.of(
                org.itm.metrics.kpi.KpiDefinition.builder("a").name("a").unit("u")
                        .direction(org.itm.metrics.kpi.KpiDirection.LOWER_IS_BETTER).timeField("opened").count()
                        .window(TimeWindow.month(BERLIN)).build(),
                org.itm.metrics.kpi.KpiDefinition.builder("b").name("b").unit("u")
                        .direction(org.itm.metrics.kpi.KpiDirection.LOWER_IS_BETTER).timeField("opened").count()
                        .window(TimeWindow.day(BERLIN)).build()));

        assertThatThrownBy(() -> KpiStreams.aggregate(source(env, incidents(3, 3)), mixed, KpiStreamsTest::bucket,
                Duration.ZERO))
                .isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("definitions[1].window");
    }

    /** Not a type ITM gives information for: Flink would serialize it with Kryo. */
    static final class Opaque {
        Object payload = "x";
    }

    @Test
    void kryoIsDisabledSoOnlyTypesWithProperSerializersRun() {
        StreamExecutionEnvironment env = Flinks.environment(1);
        // the same environment runs every ITM job above; a generic type is refused outright
        assertThatThrownBy(() -> env.fromData(List.of(1, 2)).map(i -> new Opaque()).executeAndCollect(2))
                .hasStackTraceContaining("Generic types have been disabled");
    }
}

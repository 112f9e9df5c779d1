package org.itm.flink.kpi;

import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.OutputTag;
import org.itm.core.ItmValidationException;
import org.itm.core.validation.Checks;
import org.itm.core.validation.Violations;
import org.itm.flink.kpi.internal.CalendarWindowAssigner;
import org.itm.flink.kpi.internal.KpiAggregateFunction;
import org.itm.flink.kpi.internal.KpiCodecs;
import org.itm.flink.kpi.internal.AggregatorCodec;
import org.itm.flink.kpi.internal.PartialWindow;
import org.itm.flink.kpi.internal.PartialWindowCodec;
import org.itm.flink.kpi.internal.PartialWindowFunction;
import org.itm.flink.kpi.internal.WindowMergeFunction;
import org.itm.flink.types.CodecTypeInfo;
import org.itm.metrics.kpi.KpiAggregator;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.KpiEngine;
import org.itm.metrics.kpi.TimeWindow;
import org.itm.metrics.kpi.WindowKind;

/**
 * The KPI catalog over keyed event-time windows: the windows are the definitions' own (calendar days, weeks,
 * months, quarters, years from local midnight in their zone, or rolling windows of N days ending on each day),
 * and the accumulator is the engine's mergeable {@link KpiAggregator}, checkpointed in its own binary form (no
 * Kryo). Each window's values equal what {@link KpiEngine#compute} gives for the window's records.
 *
 * <p>Two stages: records are keyed by {@code partition} (any key that spreads the load: a service, a hash
 * bucket) and aggregated per partition and window in parallel; the partial aggregations of each window are then
 * merged, keyed by window, into one {@link KpiWindowUpdate}. Groups may span partitions: the merge is exact.
 *
 * <p><b>Late records.</b> Timestamps must be the instant of the definitions' time field (the engine groups by it).
 * A window closes when the watermark passes its end and emits revision 0. A record arriving later but within
 * {@code allowedLateness} of the window's end is added, and the window's complete values are emitted again with
 * the next revision: consumers keep the highest revision per window (there are no retractions of single values,
 * the update replaces the window). Records later than that are not counted and appear on
 * {@link KpiStreamJob#tooLate()}.
 *
 * <pre>{@code
 * KpiStreamJob<Incident> job = KpiStreams.aggregate(incidents, () -> KpiEngine.create(schema, catalog),
 *         Incident::service, Duration.ofHours(6));
 * job.updates().print();
 * }</pre>
 *
 * @since 0.1
 */
public final class KpiStreams {

    private KpiStreams() {
    }

    /**
     * The KPI windows of {@code records} (timestamps and watermarks already assigned).
     *
     * @param <R> the record type; give the stream a {@link CodecTypeInfo} so that records are not serialized with
     *            Kryo
     * @param records the records, with event time from the definitions' time field
     * @param setup builds the engine on each task
     * @param partition spreads the first stage over the parallel tasks, e.g. by service or a hash bucket
     * @param allowedLateness how long after a window's end a late record is still added (with a new revision);
     *                        zero or more
     * @return the window updates and the records too late to count; the operators' uids are
     *         {@code itm-kpi-partials} and {@code itm-kpi-windows}
     * @throws ItmValidationException if an argument is null, the lateness is negative, or the engine's
     *                                definitions do not share one time window other than {@link WindowKind#ALL}
     */
    public static <R> KpiStreamJob<R> aggregate(DataStream<R> records, KpiSetup<R> setup,
                                                KeySelector<R, String> partition, Duration allowedLateness) {
        Checks.notNull(records, "records");
        Checks.notNull(setup, "setup");
        Checks.notNull(partition, "partition");
        Checks.notNegative(allowedLateness, "allowedLateness");
        TimeWindow window = windowOf(setup.engine().definitions());
        TypeInformation<KpiAggregator<R>> accumulator = CodecTypeInfo.ofMutable(aggregatorClass(),
                new AggregatorCodec<>(setup));
        TypeInformation<PartialWindow<R>> partialType = CodecTypeInfo.ofMutable(partialClass(),
                new PartialWindowCodec<>(setup));
        OutputTag<R> late = new OutputTag<>("itm-kpi-too-late", records.getType());

        SingleOutputStreamOperator<PartialWindow<R>> partials = records
                .keyBy(partition, Types.STRING)
                .window(new CalendarWindowAssigner(window))
                .allowedLateness(allowedLateness)
                .sideOutputLateData(late)
                .aggregate(new KpiAggregateFunction<>(setup), new PartialWindowFunction<>(), accumulator,
                        accumulator, partialType)
                .name("itm-kpi-partials")
                .uid("itm-kpi-partials");
        SingleOutputStreamOperator<KpiWindowUpdate> updates = partials
                .keyBy(WindowMergeFunction::windowKeyOf, Types.STRING)
                .process(new WindowMergeFunction<>(setup, window, allowedLateness.toMillis()), updateType())
                .name("itm-kpi-windows")
                .uid("itm-kpi-windows");
        return new KpiStreamJob<>(updates, partials.getSideOutput(late));
    }

    /**
     * Flink type information of {@link KpiWindowUpdate}, for operators downstream of the updates.
     *
     * @return the type information to pass to {@code returns(...)}
     */
    public static TypeInformation<KpiWindowUpdate> updateType() {
        return CodecTypeInfo.of(KpiWindowUpdate.class, new KpiCodecs());
    }

    private static TimeWindow windowOf(List<KpiDefinition> definitions) {
        Violations v = new Violations();
        TimeWindow first = definitions.get(0).window();
        v.require(first.kind() != WindowKind.ALL, "definitions[0].window",
                "must be a calendar or rolling window on a stream, was ALL");
        for (int i = 1; i < definitions.size(); i++) {
            v.require(definitions.get(i).window().equals(first), "definitions[" + i + "].window",
                    "must equal the first definition's window " + first + " (run one job per window), was "
                            + definitions.get(i).window());
        }
        v.throwIfAny();
        return first;
    }

    @SuppressWarnings("unchecked")
    private static <R> Class<KpiAggregator<R>> aggregatorClass() {
        return (Class<KpiAggregator<R>>) (Class<?>) KpiAggregator.class;
    }

    @SuppressWarnings("unchecked")
    private static <R> Class<PartialWindow<R>> partialClass() {
        return (Class<PartialWindow<R>>) (Class<?>) PartialWindow.class;
    }
}

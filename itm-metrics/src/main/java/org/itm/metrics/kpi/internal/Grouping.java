package org.itm.metrics.kpi.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.itm.metrics.kpi.TimeWindow;

/**
 * KPIs that share dimensions, window and time field, and so one group look-up per record. The flags and measures
 * any of them reads are evaluated once per record; {@code kpiSlot[i]} is the slot holding KPI {@code i}'s state.
 */
record Grouping<R>(List<String> dimensionNames, Function<? super R, String>[] dimensions, TimeWindow window,
                   Function<? super R, Optional<Instant>> time, List<CompiledKpi<R>> kpis,
                   Predicate<? super R>[] flags, ToDoubleFunction<? super R>[] measures, List<Slot<R>> slots,
                   int[] kpiSlot) {
}

package org.itm.metrics.kpi.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.itm.metrics.kpi.TimeWindow;

/** KPIs that share dimensions, window and time field, and so one group look-up per record. */
record Grouping<R>(List<String> dimensionNames, Function<? super R, String>[] dimensions, TimeWindow window,
                   Function<? super R, Optional<Instant>> time, List<CompiledKpi<R>> kpis) {
}

package org.itm.flink.kpi;

import java.io.Serializable;
import org.itm.metrics.kpi.KpiEngine;

/**
 * Builds the KPI engine of a job on each Flink task and wherever checkpointed accumulators are read: the job graph
 * and the checkpoints carry this serializable factory, not the engine (schemas hold functions). Every call must
 * build an engine of the same definitions, or restored state is refused.
 *
 * @param <R> the record type
 * @since 0.1
 */
@FunctionalInterface
public interface KpiSetup<R> extends Serializable {

    /**
     * Builds the engine; called once per distinct setup in each task's JVM (equal setups share the engine).
     *
     * @return an engine whose definitions all use one calendar or rolling time window (see {@link KpiStreams});
     *         run one job per window
     */
    KpiEngine<R> engine();
}

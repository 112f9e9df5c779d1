/**
 * The KPI engine: {@link org.itm.metrics.kpi.KpiDefinition}s (as data or built) compiled against a
 * {@link org.itm.metrics.kpi.RecordSchema} by {@link org.itm.metrics.kpi.KpiEngine#create}, aggregated in one
 * streaming pass with mergeable partial states by a {@link org.itm.metrics.kpi.KpiAggregator}, judged by
 * {@link org.itm.metrics.kpi.Thresholds} into a {@link org.itm.metrics.kpi.RagStatus}.
 */
@NullMarked
package org.itm.metrics.kpi;

import org.jspecify.annotations.NullMarked;

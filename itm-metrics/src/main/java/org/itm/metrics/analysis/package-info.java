/**
 * Analysis for improvement: {@link org.itm.metrics.analysis.PeriodChange period-over-period change},
 * {@link org.itm.metrics.analysis.TrendTest trend significance} (Mann-Kendall with Sen's slope) and
 * {@link org.itm.metrics.analysis.XmrChart XmR control charts} with Western Electric rules that flag a shift before
 * the KPI breaches its target.
 */
@NullMarked
package org.itm.metrics.analysis;

import org.jspecify.annotations.NullMarked;

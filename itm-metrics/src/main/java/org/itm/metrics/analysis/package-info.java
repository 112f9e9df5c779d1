/**
 * Reading a KPI series for improvement: did it move ({@link org.itm.metrics.analysis.PeriodChange}), is it really
 * trending or just noisy ({@link org.itm.metrics.analysis.TrendTest}: Mann-Kendall with Sen's slope), and has the
 * process shifted before the KPI breaches its target ({@link org.itm.metrics.analysis.XmrChart}: XmR control
 * charts with the Western Electric rules).
 *
 * <p>Entry points are the static factories {@code PeriodChange.of}, {@code TrendTest.mannKendall} and
 * {@code XmrChart.of}, over plain values or over one group's series from
 * {@link org.itm.metrics.kpi.KpiResults#series}. They are pure functions, and reject too-short series or values
 * that are not finite with an {@link org.itm.core.ItmValidationException}.
 *
 * <pre>{@code
 * import org.itm.metrics.kpi.KpiDirection;
 * import org.itm.metrics.kpi.Thresholds;
 *
 * double[] mttrHours = {6.1, 5.8, 6.4, 6.0, 5.9, 6.2, 7.1, 7.4, 7.2, 7.6, 7.5, 7.9};
 * PeriodChange lastMonth = PeriodChange.of(7.5, 7.9, KpiDirection.LOWER_IS_BETTER);   // WORSENED, +5.3 %
 * TrendTest trend = TrendTest.mannKendall(mttrHours, 0.05);
 * XmrChart chart = XmrChart.of(mttrHours, 6);                                    // limits from the first 6 months
 * List<SpcSignal> early = chart.earlyWarnings(new Thresholds(8, 8, 12), KpiDirection.LOWER_IS_BETTER);
 * }</pre>
 */
@NullMarked
package org.itm.metrics.analysis;

import org.jspecify.annotations.NullMarked;

/**
 * The standard KPI catalog, each KPI with its definition written down: operations ({@link
 * org.itm.metrics.catalog.IncidentKpis}, {@link org.itm.metrics.catalog.ChangeKpis}), DORA four keys with
 * performance bands ({@link org.itm.metrics.catalog.DoraKpis}, {@link org.itm.metrics.catalog.DoraBands}), risk,
 * capacity and governance. Each class offers the {@link org.itm.metrics.kpi.RecordSchema} of its input record and
 * the definitions; both can be changed or extended as data.
 */
@NullMarked
package org.itm.metrics.catalog;

import org.jspecify.annotations.NullMarked;

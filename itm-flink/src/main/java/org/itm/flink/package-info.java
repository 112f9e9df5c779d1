/**
 * ITM's engines on Apache Flink 2.x, the only ITM module that depends on Flink: SLAs on ticket event streams
 * ({@link org.itm.flink.sla.SlaStreams}), the KPI catalog over event-time windows
 * ({@link org.itm.flink.kpi.KpiStreams}), alert correlation ({@link org.itm.flink.alert.AlertStreams}) and the
 * serializers that keep Kryo out ({@link org.itm.flink.types.ItmTypes}). The module's README explains how to submit
 * a job with the shaded {@code job} jar ({@code flink run}).
 */
package org.itm.flink;

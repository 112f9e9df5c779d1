/**
 * Export of KPI values to Micrometer ({@link org.itm.metrics.export.MicrometerKpiPublisher}), so they reach
 * Prometheus and every other Micrometer backend. Micrometer is an optional dependency: add
 * {@code io.micrometer:micrometer-core} to use this package; nothing else in itm-metrics needs it. Scorecards are
 * rendered as CSV and JSON by {@link org.itm.metrics.scorecard.ScorecardRenderer}.
 */
@NullMarked
package org.itm.metrics.export;

import org.jspecify.annotations.NullMarked;

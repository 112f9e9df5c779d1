/**
 * Balanced scorecards: weighted KPIs of a service or team turned into a score with drill-down
 * ({@link org.itm.metrics.scorecard.Scorecard#evaluate}), rendered as CSV or JSON by
 * {@link org.itm.metrics.scorecard.ScorecardRenderer}.
 */
@NullMarked
package org.itm.metrics.scorecard;

import org.jspecify.annotations.NullMarked;

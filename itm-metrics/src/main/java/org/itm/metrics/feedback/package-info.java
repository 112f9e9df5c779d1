/**
 * User feedback KPIs: CSAT % and NPS (−100…100) per service, team and period from
 * {@link org.itm.metrics.input.SurveyResponse}s, optionally linked to the incidents they followed
 * ({@link org.itm.metrics.feedback.FeedbackKpis#schema(java.util.Map)}).
 */
@NullMarked
package org.itm.metrics.feedback;

import org.jspecify.annotations.NullMarked;

/**
 * Queueing models and contact-centre staffing: M/M/1, M/M/c (Erlang C), Erlang B, Little's law and response-time curves; start with {@link org.itm.capacity.queueing.Staffing}.
 *
 * <p>Levels are fractions: confidence and prediction-interval levels, service levels, objectives and quantile
 * probabilities are given in (0, 1), e.g. {@code 0.95}; a value such as {@code 95} is rejected with an
 * {@link org.itm.core.ItmValidationException} that says it looks like a percentage.
 */
@NullMarked
package org.itm.capacity.queueing;

import org.jspecify.annotations.NullMarked;

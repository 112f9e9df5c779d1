/**
 * Queueing models and contact-centre staffing: M/M/1, M/M/c (Erlang C), Erlang B, Little's law and response-time curves; start with {@link org.itm.capacity.queueing.Staffing}.
 */
@NullMarked
package org.itm.capacity.queueing;

import org.jspecify.annotations.NullMarked;

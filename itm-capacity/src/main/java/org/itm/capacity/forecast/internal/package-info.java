/**
 * Numerical machinery of the forecasting package (optimiser, state-space recursions); not for users.
 */
@NullMarked
package org.itm.capacity.forecast.internal;

import org.jspecify.annotations.NullMarked;

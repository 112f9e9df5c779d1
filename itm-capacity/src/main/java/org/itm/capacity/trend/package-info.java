/**
 * Trend analysis: least-squares and Theil-Sen trends, seasonal period detection and seasonal-trend decomposition.
 */
@NullMarked
package org.itm.capacity.trend;

import org.jspecify.annotations.NullMarked;

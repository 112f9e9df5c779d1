/**
 * Time series of (instant, value) with a unit: resampling, gap detection and filling, alignment and CSV import; start with {@link org.itm.capacity.series.TimeSeries}.
 */
@NullMarked
package org.itm.capacity.series;

import org.jspecify.annotations.NullMarked;

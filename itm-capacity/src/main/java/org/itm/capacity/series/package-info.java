/**
 * Time series of (instant, value) with a unit: resampling, gap detection and filling, alignment and CSV import; start with {@link org.itm.capacity.series.TimeSeries}.
 *
 * <p>Calendar spacing (years, quarters, months, days in a zone) is a {@link org.itm.capacity.series.CalendarStep};
 * fixed spacing is a {@link java.time.Duration}.
 */
@NullMarked
package org.itm.capacity.series;

import org.jspecify.annotations.NullMarked;

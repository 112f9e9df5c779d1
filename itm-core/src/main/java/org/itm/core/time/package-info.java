/**
 * Business time: {@link org.itm.core.time.BusinessCalendar} says which instants are working time and measures
 * working time between instants. Start from {@link org.itm.core.time.BusinessCalendar#twentyFourSeven(java.time.ZoneId)}
 * or {@link org.itm.core.time.BusinessCalendar#weekly(java.time.ZoneId)}; public holidays come from a
 * {@link org.itm.core.time.HolidayProvider}.
 */
@NullMarked
package org.itm.core.time;

import org.jspecify.annotations.NullMarked;

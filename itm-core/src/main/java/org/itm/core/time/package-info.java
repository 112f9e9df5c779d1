/**
 * Business time: {@link org.itm.core.time.BusinessCalendar} says which instants are working time and measures
 * working time between instants, for SLA clocks, escalations and ageing KPIs. Start from
 * {@link org.itm.core.time.BusinessCalendar#twentyFourSeven(java.time.ZoneId)},
 * {@link org.itm.core.time.BusinessCalendar#weekdays(java.time.ZoneId, java.time.LocalTime, java.time.LocalTime)}
 * or, for shifts, holidays and extra working days, {@link org.itm.core.time.BusinessCalendar#weekly(java.time.ZoneId)};
 * public holidays come from a {@link org.itm.core.time.HolidayProvider}.
 *
 * <pre>{@code
 * ZoneId berlin = ZoneId.of("Europe/Berlin");
 * BusinessCalendar office = BusinessCalendar.weekly(berlin)
 *         .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
 *         .holidays(HolidayProvider.publicHolidays("de", "be"))
 *         .build();
 * Instant opened = ZonedDateTime.of(2026, 3, 6, 16, 0, 0, 0, berlin).toInstant();   // Friday 16:00
 * Duration worked = office.workingTimeBetween(opened, opened.plus(Duration.ofDays(3)));   // PT8H: Fri 1 h, Mon 7 h
 * Instant due = office.addWorkingTime(opened, Duration.ofHours(4));   // Monday 12:00 in Berlin
 * }</pre>
 */
@NullMarked
package org.itm.core.time;

import org.jspecify.annotations.NullMarked;

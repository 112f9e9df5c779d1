/**
 * Queueing: how many servers or agents a given load needs, and how long arrivals wait with a given number.
 *
 * <p>The entry point for contact-centre and service-desk staffing is {@link org.itm.capacity.queueing.Staffing}:
 * describe the load as a {@link org.itm.capacity.queueing.Workload} (contacts per interval and average handling
 * time, which give its Erlangs) and the goal as a {@link org.itm.capacity.queueing.StaffingTarget}; the
 * {@link org.itm.capacity.queueing.StaffingPlan} gives the fewest agents and every count considered. The formulas
 * are available on their own: {@link org.itm.capacity.queueing.ErlangC} (waiting, M/M/c),
 * {@link org.itm.capacity.queueing.ErlangB} (blocking, lines or licences without a queue),
 * {@link org.itm.capacity.queueing.MM1Queue}, {@link org.itm.capacity.queueing.MMcQueue},
 * {@link org.itm.capacity.queueing.LittlesLaw} and {@link org.itm.capacity.queueing.ResponseTimeCurve} (where a
 * service's response time turns up with utilisation). Rates are per second and times in seconds unless a
 * {@link java.time.Duration} is taken.
 *
 * <p>Service levels are fractions in (0, 1), e.g. {@code 0.80}; a value such as {@code 80} is rejected with an
 * {@link org.itm.core.ItmValidationException} that says it looks like a percentage.
 *
 * <pre>{@code
 * Workload calls = Workload.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180));   // 10 Erlangs
 * StaffingPlan plan = Staffing.minimumAgents(calls, StaffingTarget.of(0.80, Duration.ofSeconds(20)));
 * int agents = plan.agents();                                                          // 14
 * // "14 agents answer 88.8% within 20s (target 80.0%), ASA 7.8s, for 10.00 Erlangs;
 * //  13 agents would answer only 79.6%"
 *
 * int lines = ErlangB.minimumServers(10, 0.01);                                       // 18 lines for 1 % blocking
 * double secondsAt80Percent = new MM1Queue(8, 10).meanResponseTimeSeconds();          // 0.5 s, five times service
 * }</pre>
 */
@NullMarked
package org.itm.capacity.queueing;

import org.jspecify.annotations.NullMarked;

/**
 * The wiring an application does once to embed ITM: an {@link org.itm.core.embed.ItmEnvironment} holds the
 * document store (in memory unless a store or a store URL such as {@code jdbc:h2:file:./itm} is given), the
 * clock, the id generator, the notifiers, the business calendars and the domain event publisher, plus the outbox
 * over that store and the dispatcher that delivers it. Start with
 * {@link org.itm.core.embed.ItmEnvironment#builder()}: every setting has a default except the clock, which is
 * required so that no service reads the wall clock by accident.
 *
 * <p>Why the facade is split this way: core may depend on no domain module, and the domain modules may not depend
 * on each other, so no single class can hand out every process service without either breaking those rules or
 * living in {@code itm-metrics} (the one module that reads the domains, but whose concept is measurement, not
 * wiring, and which would drag every domain module into an application that embeds only one). Instead the shared
 * part lives here and each module offers its own entry point that takes the environment:
 * {@code OperationsServices.from(env)} (service desk, changes, problems and known errors, escalation, paging,
 * alert correlation, runbooks), {@code RiskServices.from(env)}, {@code GovernanceServices.from(env)} and
 * {@code MetricsServices.from(env)}. An application depends on the modules it uses and wires each with one line;
 * every service can be replaced on that module's builder. Nothing is global: two environments in one JVM are
 * independent, and nothing reads system properties or environment variables.
 *
 * <pre>{@code
 * import org.itm.core.notify.Notifier;
 * import org.itm.core.outbox.DispatchReport;
 * import org.itm.core.time.BusinessCalendar;
 *
 * ZoneId berlin = ZoneId.of("Europe/Berlin");
 * try (ItmEnvironment env = ItmEnvironment.builder()
 *         .clock(Clock.system(berlin))                          // required; the store defaults to in memory
 *         .notifier(Notifier.slf4j())
 *         .calendar("office", BusinessCalendar.weekdays(berlin, LocalTime.of(8, 0), LocalTime.of(18, 0)))
 *         .build()) {
 *     String id = env.ids().next();                             // UUIDv7 from the environment's clock
 *     DispatchReport report = env.drainOutbox();                // or env.scheduleOutbox(executor, period)
 *     // then each module's entry point: OperationsServices.from(env), RiskServices.from(env), ...
 * }
 * }</pre>
 */
@NullMarked
package org.itm.core.embed;

import org.jspecify.annotations.NullMarked;

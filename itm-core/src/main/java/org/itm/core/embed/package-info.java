/**
 * The wiring an application does once to embed ITM: an {@link org.itm.core.embed.ItmEnvironment} holds the
 * document store (in memory unless a store or a store URL such as {@code jdbc:h2:file:./itm} is given), the
 * clock, the id generator, the notifiers, the business calendars and the domain event publisher, plus the outbox
 * over that store and the dispatcher that delivers it.
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
 */
@NullMarked
package org.itm.core.embed;

import org.jspecify.annotations.NullMarked;

/**
 * Architecture standards: which technologies applications may run on, whether they conform, what runs out of
 * vendor support soon, and the technical debt to pay down.
 *
 * <p>A {@link org.itm.governance.standards.TechnologyCatalogue} holds technologies with radar rings and vendor
 * end-of-support dates; {@link org.itm.governance.standards.Standard}s (serving
 * {@link org.itm.governance.standards.Principle}s) are rules, made with the factories such as
 * {@link org.itm.governance.standards.Standard#supported Standard.supported} or from a
 * {@link org.itm.governance.standards.StandardRule}. The entry point
 * {@link org.itm.governance.standards.ConformanceChecker#create ConformanceChecker.create} checks
 * {@link org.itm.governance.standards.Application}s and applies {@link org.itm.governance.standards.Waiver}s until
 * they expire; {@link org.itm.governance.standards.TechnologyCatalogue#endOfLifeExposure endOfLifeExposure} lists
 * what loses support within a horizon, and a {@link org.itm.governance.standards.TechDebtRegister} totals the debt.
 *
 * <pre>{@code
 * TechnologyCatalogue catalogue = TechnologyCatalogue.of(List.of(
 *         Technology.of("postgresql-12", "database", Ring.HOLD, LocalDate.of(2024, 11, 14)),
 *         Technology.of("postgresql-16", "database", Ring.ADOPT, LocalDate.of(2028, 11, 9)),
 *         Technology.of("java-17", "runtime", Ring.ADOPT, LocalDate.of(2027, 9, 30))));
 * List<Standard> standards = List.of(
 *         Standard.supported("SUPPORTED", "stay-supported", ViolationSeverity.HIGH),
 *         Standard.avoidRings("NO-HOLD", "stay-supported", ViolationSeverity.MEDIUM, Set.of(Ring.HOLD)),
 *         Standard.requiresAttribute("SSO", "one-identity", ViolationSeverity.HIGH, "sso", "true"));
 * List<Application> apps = List.of(
 *         new Application("crm", "sales-it", Set.of("postgresql-12", "java-17"), Map.of("sso", "true")),
 *         new Application("billing", "finance-it", Set.of("postgresql-16", "java-17"), Map.of()));
 * ConformanceChecker checker = ConformanceChecker.create(catalogue, standards,
 *         List.of(new Waiver("SUPPORTED", "crm", "ann", LocalDate.of(2027, 6, 30), "migration in Q2")));
 *
 * Clock clock = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);
 * ConformanceReport report = checker.check(apps, clock, ZoneOffset.UTC);
 * // report.violations(), one line each:
 * // HIGH billing breaches SSO: sso is not declared, must be true
 * // HIGH crm breaches SUPPORTED: postgresql-12 went out of support on 2024-11-14 (waived until 2027-06-30 by ann)
 * // MEDIUM crm breaches NO-HOLD: postgresql-12 is in ring HOLD
 * Map<String, Long> open = report.openByApplication();                    // {billing=1, crm=1}
 * List<TechnologyCatalogue.Exposure> ending = catalogue.endOfLifeExposure(apps, clock, ZoneOffset.UTC, 12);
 * // crm postgresql-12 (837 days past), then java-17 for billing and crm (213 days left)
 * }</pre>
 */
@NullMarked
package org.itm.governance.standards;

import org.jspecify.annotations.NullMarked;

/**
 * The risk register: the risks the organisation knows of, how bad each is before and after its controls, how it is
 * treated, and which exceed what the organisation is willing to accept.
 *
 * <p>Start with {@link org.itm.risk.register.RiskRegister#create(RiskMatrix, RiskAppetite) RiskRegister.create}: a
 * {@link org.itm.risk.register.RiskMatrix} gives the likelihood and impact scales (5×5 by default, score =
 * likelihood × impact) and a {@link org.itm.risk.register.RiskAppetite} the highest residual score accepted
 * (appetite) and tolerated (tolerance) per category. Build each {@link org.itm.risk.register.Risk} with
 * {@link org.itm.risk.register.Risk#builder Risk.builder} (inherent and residual levels, controls, a
 * {@link org.itm.risk.register.TreatmentPlan}, review cadence) and
 * {@link org.itm.risk.register.RiskRegister#put put} it; then ask for the
 * {@link org.itm.risk.register.AppetiteBreach}es, a {@link org.itm.risk.register.HeatMap} and the overdue reviews and
 * treatments. {@link org.itm.risk.register.RiskRepository} keeps risks in a document store.
 *
 * <pre>{@code
 * RiskAppetite appetite = new RiskAppetite(Map.of("security", 9, "availability", 12), 6)
 *         .withTolerance("security", 15);
 * RiskRegister register = RiskRegister.create(RiskMatrix.fiveByFive(), appetite);
 * register.put(Risk.builder("R-1", "Ransomware encrypts file servers", "security", "ciso")
 *         .inherent(4, 5).controls("C-BACKUP", "C-EDR").residual(3, 4)                    // 20, then 12
 *         .treatment(TreatmentPlan.of(Treatment.MITIGATE, "Immutable backups", LocalDate.of(2027, 3, 31)))
 *         .review(Period.ofMonths(3), LocalDate.of(2027, 1, 15)).build());
 * register.put(Risk.builder("R-2", "Data centre power loss", "availability", "coo")
 *         .inherent(2, 5).residual(2, 4).review(Period.ofMonths(6), LocalDate.of(2026, 12, 1)).build());
 * register.put(Risk.builder("R-3", "Phishing steals admin credentials", "security", "ciso")
 *         .inherent(5, 4).residual(4, 4).review(Period.ofMonths(3), LocalDate.of(2026, 10, 1)).build());
 *
 * List<AppetiteBreach> breaches = register.aboveAppetite();
 * // "residual 16 > appetite 9 for category security, beyond tolerance 15"
 * // "residual 12 > appetite 9 for category security, within tolerance 15"   (R-2's 8 is within 12)
 * int cell = register.heatMap(true).count(4, 4);                                   // 1: R-3
 * List<Risk> lateReviews = register.overdueReviews(LocalDate.of(2027, 2, 1));      // [R-3], due 2027-01-01
 * List<Risk> lateTreatments = register.overdueTreatments(LocalDate.of(2027, 4, 1)); // [R-1]
 * }</pre>
 */
@NullMarked
package org.itm.risk.register;

import org.jspecify.annotations.NullMarked;

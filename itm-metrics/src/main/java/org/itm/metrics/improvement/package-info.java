/**
 * The continual improvement register: initiatives that set out to move a KPI from a baseline to a target, with an
 * owner and a PDCA stage, and the benefit measured afterwards over comparable windows, so that an improvement is
 * shown by numbers rather than claimed.
 *
 * <p>Entry points: {@link org.itm.metrics.improvement.ImprovementRegister#empty()}, an immutable register whose
 * every change returns a new one; {@link org.itm.metrics.improvement.ImprovementInitiative#moveTo} for the PDCA
 * moves ({@link org.itm.metrics.improvement.PdcaStage#next()}), a disallowed move throwing
 * {@link org.itm.core.IllegalStateTransitionException}; {@link org.itm.metrics.improvement.Benefit#measure} for the
 * benefit; and {@link org.itm.metrics.improvement.ImprovementInitiativeRepository} to keep initiatives in a
 * document store.
 *
 * <pre>{@code
 * import org.itm.metrics.kpi.*;
 * // given: KpiResult january, KpiResult april
 *
 * ImprovementInitiative faster = new ImprovementInitiative("mttr-mail", "Faster mail restores", "mail-team",
 *         "incident.mttr.median", Map.of("service", "mail"), KpiDirection.LOWER_IS_BETTER, 12, 8, PdcaStage.PLAN,
 *         LocalDate.of(2026, 2, 1));
 * ImprovementRegister register = ImprovementRegister.empty().add(faster)
 *         .moveTo("mttr-mail", PdcaStage.DO)
 *         .moveTo("mttr-mail", PdcaStage.CHECK);
 * Benefit benefit = Benefit.measure(register.find("mttr-mail").orElseThrow(), january, april);
 * boolean met = benefit.targetMet();
 * }</pre>
 */
@NullMarked
package org.itm.metrics.improvement;

import org.jspecify.annotations.NullMarked;

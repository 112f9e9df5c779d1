/**
 * Controls and compliance: a control library mapped to risks and to framework requirements (ISO/IEC 27001:2022
 * Annex A, NIST CSF 2.0, CIS Controls v8, shipped as data in {@link org.itm.risk.controls.Framework}), scheduled
 * control tests, effectiveness, monitoring flags and gap analysis at any level of a framework (for NIST CSF 2.0:
 * functions, categories or subcategories; for CIS v8: controls or safeguards). Start with
 * {@link org.itm.risk.controls.ControlLibrary#create(OwnerNotifier)}.
 *
 * <p>Published control catalogues and baselines are read from OSCAL JSON with {@link org.itm.risk.controls.Oscal}
 * (e.g. NIST SP 800-53 rev. 5 and its LOW baseline profile); a catalogue becomes a framework for gap analysis and
 * its controls become library controls. Test results go back out as OSCAL assessment results with
 * {@link org.itm.risk.controls.OscalAssessmentResults}.
 *
 * <p>A control is {@link org.itm.risk.controls.Effectiveness#EFFECTIVE} only while its latest test passed within
 * its test period; gap analysis counts a requirement covered when an effective control is mapped to it, or when
 * every requirement inside it is covered (coverage rolls up, never down).
 *
 * <pre>{@code
 * List<ControlFinding> told = new ArrayList<>();
 * ControlLibrary library = ControlLibrary.create((owner, finding) -> told.add(finding));   // e-mail, chat, ticket
 * library.put(new Control("C-BACKUP", "Daily backups", "Data can be restored after loss", ControlType.CORRECTIVE,
 *         Period.ofMonths(3), "ops-lead", Set.of("R-1"),
 *         Set.of(RequirementRef.cis("11.2"), RequirementRef.nistCsf("PR.DS-11"))));
 * library.put(new Control("C-MFA", "MFA for admins", "Stolen passwords alone give no admin access",
 *         ControlType.PREVENTIVE, Period.ofMonths(6), "ciso", Set.of("R-3"), Set.of(RequirementRef.cis("6.5"))));
 * library.record(new ControlTest("C-BACKUP", LocalDate.of(2027, 1, 10), TestResult.PASS, "auditor",
 *         List.of("TICKET-881")));
 * library.record(new ControlTest("C-MFA", LocalDate.of(2026, 5, 2), TestResult.FAIL, "auditor",
 *         List.of("TICKET-412")));
 *
 * LocalDate today = LocalDate.of(2027, 2, 1);
 * Effectiveness backup = library.effectiveness("C-BACKUP", today);   // EFFECTIVE
 * Effectiveness mfa = library.effectiveness("C-MFA", today);         // NOT_TESTED: last test over 6 months ago
 * List<ControlFinding> findings = library.monitor(today);            // both also told to the owner "ciso"
 * // C-MFA TEST_OVERDUE "last tested 2026-05-02, due every P6M: overdue since 2026-11-02"
 * // C-MFA FAILING "last test on 2026-05-02 failed (evidence [TICKET-412])"
 *
 * GapReport safeguards = library.gapAnalysis(Framework.cisV8(), 2, today);
 * // covered [11.2] of 153 safeguards: coveragePercent 0.65;
 * // why("6.5"): "no effective control mapped to it (C-MFA NOT_TESTED)"
 * }</pre>
 */
@NullMarked
package org.itm.risk.controls;

import org.jspecify.annotations.NullMarked;

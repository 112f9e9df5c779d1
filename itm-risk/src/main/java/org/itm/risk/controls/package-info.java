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
 */
@NullMarked
package org.itm.risk.controls;

import org.jspecify.annotations.NullMarked;

/**
 * Controls and compliance: a control library mapped to risks and to framework requirements (ISO/IEC 27001:2022
 * Annex A, NIST CSF 2.0, CIS Controls v8, shipped as data in {@link org.itm.risk.controls.Framework}), scheduled
 * control tests, effectiveness, monitoring flags and gap analysis at any level of a framework (for NIST CSF 2.0:
 * functions, categories or subcategories; for CIS v8: controls or safeguards). Start with
 * {@link org.itm.risk.controls.ControlLibrary#create(OwnerNotifier)}.
 */
@NullMarked
package org.itm.risk.controls;

import org.jspecify.annotations.NullMarked;

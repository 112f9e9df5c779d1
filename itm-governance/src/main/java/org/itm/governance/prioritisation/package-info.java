/**
 * Prioritisation: weighted scoring ({@link org.itm.governance.prioritisation.ScoringModel}), WSJF
 * ({@link org.itm.governance.prioritisation.Wsjf}), financial measures
 * ({@link org.itm.governance.prioritisation.Financials}: NPV, IRR, payback, ROI) and AHP criteria weights
 * ({@link org.itm.governance.prioritisation.Ahp}). Every {@link org.itm.governance.prioritisation.Ranking} breaks
 * each item's score down by criterion.
 */
@NullMarked
package org.itm.governance.prioritisation;

import org.jspecify.annotations.NullMarked;

/**
 * Outcomes and OKRs: {@link org.itm.governance.outcome.Outcome}s with {@link org.itm.governance.outcome.KeyResult}s,
 * {@link org.itm.governance.outcome.OutcomeLink}s from initiatives with an expected contribution,
 * {@link org.itm.governance.outcome.BenefitRealisation} (planned versus actual benefit) and the
 * {@link org.itm.governance.outcome.AlignmentReport} (share of spend linked, orphan initiatives, unfunded outcomes).
 */
@NullMarked
package org.itm.governance.outcome;

import org.jspecify.annotations.NullMarked;

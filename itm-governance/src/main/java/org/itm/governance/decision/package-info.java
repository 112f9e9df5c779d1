/**
 * Decision rights: {@link org.itm.governance.decision.RaciMatrix} per decision type, steering
 * {@link org.itm.governance.decision.Committee}s with quorum and voting rules,
 * {@link org.itm.governance.decision.DelegationOfAuthority} spend thresholds, and the
 * {@link org.itm.governance.decision.DecisionLog} that records a decision only when the decider holds the right,
 * and otherwise rejects it with the reason.
 */
@NullMarked
package org.itm.governance.decision;

import org.jspecify.annotations.NullMarked;

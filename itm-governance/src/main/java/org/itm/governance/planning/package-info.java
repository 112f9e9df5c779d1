/**
 * Portfolio and roadmap decisions of a planning cycle as stored records: which initiatives a board selected, where
 * they are placed on the roadmap, and which decision a re-plan supersedes; start with
 * {@link org.itm.governance.planning.PortfolioDecisionRepository}.
 */
@NullMarked
package org.itm.governance.planning;

import org.jspecify.annotations.NullMarked;

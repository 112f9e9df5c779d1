package org.itm.governance.prioritisation;

/**
 * Whether a criterion rewards high raw scores ({@link #BENEFIT}, e.g. value) or low ones ({@link #COST}, e.g. effort).
 *
 * @since 0.1
 */
public enum CriterionDirection {
    /** Higher raw scores are better, e.g. business value. */
    BENEFIT,
    /** Lower raw scores are better, e.g. effort or risk. */
    COST
}

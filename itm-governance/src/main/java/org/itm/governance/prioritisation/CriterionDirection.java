package org.itm.governance.prioritisation;

/** Whether a criterion rewards high raw scores ({@link #BENEFIT}, e.g. value) or low ones ({@link #COST}, e.g. effort). */
public enum CriterionDirection {
    BENEFIT,
    COST
}

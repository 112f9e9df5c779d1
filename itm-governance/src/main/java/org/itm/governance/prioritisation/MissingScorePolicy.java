package org.itm.governance.prioritisation;

/**
 * What a scoring model does when an item has no score for a criterion.
 *
 * <ul>
 *   <li>{@link #REJECT}: fail, naming every missing item and criterion.</li>
 *   <li>{@link #WORST}: treat it as the worst normalised score observed for the criterion (a penalty for not knowing).</li>
 *   <li>{@link #MEAN}: treat it as the mean normalised score of the items that have one.</li>
 *   <li>{@link #RENORMALISE}: leave the criterion out for that item and rescale its other weights to sum to 1.</li>
 * </ul>
 *
 * @since 0.1
 */
public enum MissingScorePolicy {
    /** Fail with an {@link org.itm.core.ItmValidationException} naming every missing item and criterion. */
    REJECT,
    /** Use the worst normalised score observed for the criterion. */
    WORST,
    /** Use the mean normalised score of the items that have one. */
    MEAN,
    /** Leave the criterion out for the item and rescale its other weights to sum to 1. */
    RENORMALISE
}

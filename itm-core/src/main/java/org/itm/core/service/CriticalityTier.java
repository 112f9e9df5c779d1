package org.itm.core.service;

/**
 * How critical a service is to the business; {@link #TIER_1} is the most critical.
 *
 * @since 0.1
 */
public enum CriticalityTier {
    /** Mission-critical: an outage stops the business. */
    TIER_1,
    /** Business-critical: an outage seriously degrades the business. */
    TIER_2,
    /** Business-operational: an outage is felt but can be worked around. */
    TIER_3,
    /** Administrative: an outage has little immediate business effect. */
    TIER_4
}

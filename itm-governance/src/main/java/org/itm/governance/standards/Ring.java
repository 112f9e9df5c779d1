package org.itm.governance.standards;

/**
 * Technology radar ring: use it, try it on a project, look into it, or do not start anything new with it.
 *
 * @since 0.1
 */
public enum Ring {
    /** Use it: the default choice for new work. */
    ADOPT,
    /** Try it on a project that can handle the risk. */
    TRIAL,
    /** Look into it; not for production yet. */
    ASSESS,
    /** Start nothing new with it; existing use should move off. */
    HOLD
}

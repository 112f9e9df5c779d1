package org.itm.governance.standards;

/** Technology radar ring: use it, try it on a project, look into it, or do not start anything new with it. */
public enum Ring {
    ADOPT,
    TRIAL,
    ASSESS,
    HOLD
}

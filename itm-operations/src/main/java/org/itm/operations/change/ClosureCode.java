package org.itm.operations.change;

/** How a change ended. */
public enum ClosureCode {
    SUCCESSFUL, FAILED, BACKED_OUT
}

package org.itm.risk.register;

/** The four ways to treat a risk. */
public enum Treatment {
    ACCEPT, MITIGATE, TRANSFER, AVOID
}

package org.itm.risk.controls;

/** What a control does about a risk. */
public enum ControlType {
    PREVENTIVE, DETECTIVE, CORRECTIVE
}

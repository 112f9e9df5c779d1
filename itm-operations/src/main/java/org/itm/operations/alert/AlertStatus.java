package org.itm.operations.alert;

/** Whether an alert reports a problem or its end. */
public enum AlertStatus {
    FIRING, CLEAR
}

package org.itm.operations.change;

/** Outcome of a change risk assessment. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}

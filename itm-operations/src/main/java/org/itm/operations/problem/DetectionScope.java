package org.itm.operations.problem;

/** What recurring incidents must share to suggest a problem. */
public enum DetectionScope {
    CI, SERVICE
}

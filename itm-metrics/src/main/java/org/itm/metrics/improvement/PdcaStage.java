package org.itm.metrics.improvement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Plan-do-check-act stages of an improvement initiative. Allowed moves: PLAN → DO → CHECK → ACT; CHECK → DO
 * (rework when the check fails); ACT → PLAN (next cycle) or CLOSED; any open stage → CLOSED (abandoned).
 */
public enum PdcaStage {
    PLAN, DO, CHECK, ACT, CLOSED;

    /** The stages this one may move to. */
    public Set<PdcaStage> next() {
        return switch (this) {
            case PLAN -> EnumSet.of(DO, CLOSED);
            case DO -> EnumSet.of(CHECK, CLOSED);
            case CHECK -> EnumSet.of(ACT, DO, CLOSED);
            case ACT -> EnumSet.of(PLAN, CLOSED);
            case CLOSED -> EnumSet.noneOf(PdcaStage.class);
        };
    }
}

package org.itm.metrics.improvement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Plan-do-check-act stages of an improvement initiative. Allowed moves: PLAN → DO → CHECK → ACT; CHECK → DO
 * (rework when the check fails); ACT → PLAN (next cycle) or CLOSED; any open stage → CLOSED (abandoned).
 *
 * @since 0.1
 */
public enum PdcaStage {
    /** Planning the change and how its benefit will be measured. */
    PLAN,
    /** Carrying the change out. */
    DO,
    /** Measuring the benefit against the baseline and target. */
    CHECK,
    /** Making the change standard, or deciding on the next cycle. */
    ACT,
    /** Done or abandoned; no move leaves it. */
    CLOSED;

    /**
     * The moves PDCA allows from this stage, as {@link ImprovementInitiative#moveTo} enforces them.
     *
     * @return the stages this one may move to; empty for {@link #CLOSED}; a new set
     */
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

package org.itm.operations.sla;

import org.itm.core.validation.Checks;

/**
 * How many results of one SLA definition have each {@link SlaStatus}, as {@link SlaEngine#summarizeBatch} counts
 * them over a batch of timelines.
 *
 * @param inProgress results whose clock is running before the target
 * @param paused     results whose clock is paused before the target
 * @param achieved   results stopped before the target
 * @param breached   results that reached the target
 * @param cancelled  results of cancelled tickets
 * @since 0.1
 */
public record SlaStatusCounts(long inProgress, long paused, long achieved, long breached, long cancelled) {

    /** No results. */
    public static final SlaStatusCounts NONE = new SlaStatusCounts(0, 0, 0, 0, 0);

    /**
     * Validates the counts.
     *
     * @param inProgress results whose clock is running before the target
     * @param paused     results whose clock is paused before the target
     * @param achieved   results stopped before the target
     * @param breached   results that reached the target
     * @param cancelled  results of cancelled tickets
     * @throws org.itm.core.ItmValidationException naming a negative count
     */
    public SlaStatusCounts {
        Checks.notNegative(inProgress, "inProgress");
        Checks.notNegative(paused, "paused");
        Checks.notNegative(achieved, "achieved");
        Checks.notNegative(breached, "breached");
        Checks.notNegative(cancelled, "cancelled");
    }

    /** Counts indexed by {@link SlaStatus#ordinal()}. */
    static SlaStatusCounts of(long[] byOrdinal) {
        return new SlaStatusCounts(byOrdinal[SlaStatus.IN_PROGRESS.ordinal()], byOrdinal[SlaStatus.PAUSED.ordinal()],
                byOrdinal[SlaStatus.ACHIEVED.ordinal()], byOrdinal[SlaStatus.BREACHED.ordinal()],
                byOrdinal[SlaStatus.CANCELLED.ordinal()]);
    }

    /**
     * The count of {@code status}.
     *
     * @param status a status
     * @return how many results have it
     * @throws org.itm.core.ItmValidationException if {@code status} is null
     */
    public long count(SlaStatus status) {
        return switch (Checks.notNull(status, "status")) {
            case IN_PROGRESS -> inProgress;
            case PAUSED -> paused;
            case ACHIEVED -> achieved;
            case BREACHED -> breached;
            case CANCELLED -> cancelled;
        };
    }

    /**
     * Every result counted.
     *
     * @return the sum of the five counts
     */
    public long total() {
        return inProgress + paused + achieved + breached + cancelled;
    }

    /**
     * The share of finished results (achieved or breached) that were achieved, in percent, 0–100; 100 when none has
     * finished, as {@link ComplianceFigure#percentMet()}.
     *
     * @return percent, 0–100
     */
    public double attainmentPercent() {
        long finished = achieved + breached;
        return finished == 0 ? 100.0 : 100.0 * achieved / finished;
    }

    /**
     * The counts of this and {@code other} added.
     *
     * @param other counts of other results
     * @return the sums
     * @throws org.itm.core.ItmValidationException if {@code other} is null
     */
    public SlaStatusCounts plus(SlaStatusCounts other) {
        Checks.notNull(other, "other");
        return new SlaStatusCounts(inProgress + other.inProgress, paused + other.paused, achieved + other.achieved,
                breached + other.breached, cancelled + other.cancelled);
    }
}

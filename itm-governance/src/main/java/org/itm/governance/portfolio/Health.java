package org.itm.governance.portfolio;

import org.itm.core.validation.Checks;

/**
 * Health of an initiative on schedule, budget and scope; {@link #overall()} is the worst of the three,
 * because one red dimension is enough for a steering committee to look at it.
 *
 * @param schedule whether it keeps to its planned dates
 * @param budget   whether it keeps to its budget
 * @param scope    whether it delivers the planned scope
 * @since 0.1
 */
public record Health(Rag schedule, Rag budget, Rag scope) {

    /**
     * Checks the components.
     *
     * @param schedule whether it keeps to its planned dates
     * @param budget   whether it keeps to its budget
     * @param scope    whether it delivers the planned scope
     * @throws org.itm.core.ItmValidationException naming {@code schedule}, {@code budget} or {@code scope} when null
     */
    public Health {
        Checks.notNull(schedule, "schedule");
        Checks.notNull(budget, "budget");
        Checks.notNull(scope, "scope");
    }

    /**
     * The health of an initiative nobody has rated yet, the default of {@link Initiative.Builder}.
     *
     * @return {@link Rag#NOT_ASSESSED} in all three dimensions
     */
    public static Health notAssessed() {
        return new Health(Rag.NOT_ASSESSED, Rag.NOT_ASSESSED, Rag.NOT_ASSESSED);
    }

    /**
     * Rates the three dimensions from variances with one threshold pair (e.g. amber at 0.05, red at 0.15):
     * schedule slip as a fraction of planned duration, budget overrun as a fraction of budget, and scope not
     * delivered as a fraction of planned scope.
     *
     * @param scheduleSlip   schedule slip / planned duration, e.g. 0.10 for 10 % late; negative when ahead
     * @param budgetOverrun  overrun / budget, e.g. 0.20 for 20 % over; negative when under
     * @param scopeShortfall scope not delivered / planned scope
     * @param amberAt        the variance from which a dimension is amber; above zero
     * @param redAt          the variance from which a dimension is red; above {@code amberAt}
     * @return the health
     * @throws org.itm.core.ItmValidationException naming {@code variance} when a variance is not finite,
     *                                             {@code amberAt} when not positive, or {@code redAt} when not above
     *                                             {@code amberAt}
     */
    public static Health fromVariances(double scheduleSlip, double budgetOverrun, double scopeShortfall,
                                       double amberAt, double redAt) {
        return new Health(Rag.fromVariance(scheduleSlip, amberAt, redAt),
                Rag.fromVariance(budgetOverrun, amberAt, redAt),
                Rag.fromVariance(scopeShortfall, amberAt, redAt));
    }

    /**
     * The rating a steering committee looks at first.
     *
     * @return the worst of schedule, budget and scope (red over amber over green); not-assessed dimensions are
     *         ignored, and {@link Rag#NOT_ASSESSED} comes back only when no dimension is rated
     */
    public Rag overall() {
        return schedule.worst(budget).worst(scope);
    }
}

package org.itm.governance.portfolio;

import org.itm.core.validation.Checks;

/**
 * Health of an initiative on schedule, budget and scope; {@link #overall()} is the worst of the three,
 * because one red dimension is enough for a steering committee to look at it.
 */
public record Health(Rag schedule, Rag budget, Rag scope) {

    public Health {
        Checks.notNull(schedule, "schedule");
        Checks.notNull(budget, "budget");
        Checks.notNull(scope, "scope");
    }

    public static Health notAssessed() {
        return new Health(Rag.NOT_ASSESSED, Rag.NOT_ASSESSED, Rag.NOT_ASSESSED);
    }

    /**
     * Rates the three dimensions from variances with one threshold pair (e.g. amber at 0.05, red at 0.15):
     * schedule slip as a fraction of planned duration, budget overrun as a fraction of budget, and scope not
     * delivered as a fraction of planned scope.
     */
    public static Health fromVariances(double scheduleSlip, double budgetOverrun, double scopeShortfall,
                                       double amberAt, double redAt) {
        return new Health(Rag.fromVariance(scheduleSlip, amberAt, redAt),
                Rag.fromVariance(budgetOverrun, amberAt, redAt),
                Rag.fromVariance(scopeShortfall, amberAt, redAt));
    }

    public Rag overall() {
        return schedule.worst(budget).worst(scope);
    }
}

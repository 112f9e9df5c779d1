package org.itm.metrics.catalog;

/**
 * The four keys of DORA, each with the catalog KPI that measures it.
 *
 * @since 0.1
 */
public enum DoraMetric {
    /** How often a team deploys to production; classified by calendar period ({@link DeploymentCadence}). */
    DEPLOYMENT_FREQUENCY(DoraKpis.DEPLOYMENT_FREQUENCY),
    /** How long a commit takes to reach production, in hours. */
    LEAD_TIME(DoraKpis.LEAD_TIME),
    /** How many deployments cause a failure in production, in %. */
    CHANGE_FAILURE_RATE(DoraKpis.CHANGE_FAILURE_RATE),
    /** How long service takes to recover from a failed deployment, in hours. */
    FAILED_DEPLOYMENT_RECOVERY_TIME(DoraKpis.RECOVERY_TIME);

    private final String kpiId;

    DoraMetric(String kpiId) {
        this.kpiId = kpiId;
    }

    /**
     * Finds this key's values in the results of {@link DoraKpis#catalog}.
     *
     * @return the id of the catalog KPI measuring this key
     */
    public String kpiId() {
        return kpiId;
    }
}

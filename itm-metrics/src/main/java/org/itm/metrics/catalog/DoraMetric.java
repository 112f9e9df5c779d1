package org.itm.metrics.catalog;

/** The four keys of DORA, each with the catalog KPI that measures it. */
public enum DoraMetric {
    DEPLOYMENT_FREQUENCY(DoraKpis.DEPLOYMENT_FREQUENCY),
    LEAD_TIME(DoraKpis.LEAD_TIME),
    CHANGE_FAILURE_RATE(DoraKpis.CHANGE_FAILURE_RATE),
    FAILED_DEPLOYMENT_RECOVERY_TIME(DoraKpis.RECOVERY_TIME);

    private final String kpiId;

    DoraMetric(String kpiId) {
        this.kpiId = kpiId;
    }

    /** Id of the catalog KPI measuring this key. */
    public String kpiId() {
        return kpiId;
    }
}

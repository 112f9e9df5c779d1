package org.itm.operations.alert.intake;

/**
 * The published alert formats {@link AlertIntake} reads; {@link #source()} becomes {@code Alert.source()}.
 *
 * @since 0.1
 */
public enum AlertFormat {
    /** Prometheus Alertmanager's webhook payload, version 4. */
    ALERTMANAGER("alertmanager"),
    /** Grafana alerting's webhook contact point payload (Alertmanager's shape plus Grafana's fields). */
    GRAFANA("grafana"),
    /** A PagerDuty Events API v2 event ({@code trigger}, {@code acknowledge} or {@code resolve}). */
    PAGERDUTY("pagerduty");

    private final String source;

    AlertFormat(String source) {
        this.source = source;
    }

    /**
     * The source name given to alerts read in this format, e.g. {@code alertmanager}.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }
}

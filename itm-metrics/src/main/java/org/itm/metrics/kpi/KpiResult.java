package org.itm.metrics.kpi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * The value of one KPI for one group (dimension values) and one time window, with its status and why.
 *
 * @param kpiId       the definition's id
 * @param dimensions  dimension name to value, in the definition's order; empty when ungrouped
 * @param window      the dates covered
 * @param value       the KPI value after scaling
 * @param sampleSize  records that contributed (for RATIO: the denominator)
 * @param exact       false when a percentile came from a sketch rather than from the raw values
 * @param target      the target, when the KPI has thresholds
 * @param status      RAG status; {@link RagStatus#NONE} without thresholds
 * @param explanation how the status was reached, e.g. {@code "12.5 h <= green 16.0"}
 * @since 0.1
 */
public record KpiResult(String kpiId, Map<String, String> dimensions, WindowRange window, double value,
                        long sampleSize, boolean exact, Optional<Double> target, RagStatus status,
                        String explanation) {

    /**
     * A value as the engine computes it; copies {@code dimensions}.
     *
     * @param kpiId       the definition's id, not blank
     * @param dimensions  dimension name to value
     * @param window      the dates covered
     * @param value       the KPI value after scaling
     * @param sampleSize  records that contributed, 0 or more
     * @param exact       whether the value is exact
     * @param target      the target, or empty
     * @param status      RAG status
     * @param explanation how the status was reached
     * @throws org.itm.core.ItmValidationException if an argument is null, {@code kpiId} is blank or
     *         {@code sampleSize} is negative
     */
    public KpiResult {
        Checks.notBlank(kpiId, "kpiId");
        Checks.notNull(dimensions, "dimensions");
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
        Checks.notNull(window, "window");
        Checks.notNegative(sampleSize, "sampleSize");
        Checks.notNull(target, "target");
        Checks.notNull(status, "status");
        Checks.notNull(explanation, "explanation");
    }

    /**
     * Reads one dimension of the group, such as the service a value belongs to.
     *
     * @param name a dimension of the definition, such as {@code "service"}
     * @return its value for this group, or empty if the KPI is not grouped by {@code name}
     */
    public Optional<String> dimension(String name) {
        return Optional.ofNullable(dimensions.get(name));
    }
}

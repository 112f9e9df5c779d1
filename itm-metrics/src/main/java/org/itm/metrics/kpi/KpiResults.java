package org.itm.metrics.kpi;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itm.core.validation.Checks;

/**
 * All values computed by a {@link KpiAggregator}, ordered by KPI (definition order), group and window, with
 * look-ups for one value, one group's time series, or one window's groups.
 *
 * @param values every value
 * @since 0.1
 */
public record KpiResults(List<KpiResult> values) {

    /**
     * Results as computed; the list is copied.
     *
     * @param values every value
     * @throws org.itm.core.ItmValidationException if {@code values} is null
     */
    public KpiResults {
        values = List.copyOf(Checks.notNull(values, "values"));
    }

    /**
     * Every value of one KPI, over all groups and windows.
     *
     * @param kpiId the definition's id
     * @return the values in group and window order; empty for an unknown id
     */
    public List<KpiResult> forKpi(String kpiId) {
        return values.stream().filter(r -> r.kpiId().equals(kpiId)).toList();
    }

    /**
     * The value of a KPI for one group in one window.
     *
     * @param kpiId the definition's id
     * @param dimensions the group's exact dimension values, e.g. {@code Map.of("service", "mail")}; empty when
     *                   ungrouped
     * @param windowStart the window's first date
     * @return the value, or empty when that group had no records in that window
     */
    public Optional<KpiResult> find(String kpiId, Map<String, String> dimensions, LocalDate windowStart) {
        return values.stream()
                .filter(r -> r.kpiId().equals(kpiId) && r.dimensions().equals(dimensions)
                        && r.window().start().equals(windowStart))
                .findFirst();
    }

    /**
     * The single value of an ungrouped KPI whose window is {@link TimeWindow#all()}.
     *
     * @param kpiId the definition's id
     * @return the value, or empty if the KPI is grouped, windowed or had no records
     */
    public Optional<KpiResult> total(String kpiId) {
        return values.stream()
                .filter(r -> r.kpiId().equals(kpiId) && r.dimensions().isEmpty() && r.window().isUnbounded())
                .findFirst();
    }

    /**
     * One group's values of a KPI in window order: the input of trend tests and control charts.
     *
     * @param kpiId the definition's id
     * @param dimensions the group's exact dimension values; empty when ungrouped
     * @return the group's values, oldest window first; windows without records are absent
     */
    public List<KpiResult> series(String kpiId, Map<String, String> dimensions) {
        return values.stream()
                .filter(r -> r.kpiId().equals(kpiId) && r.dimensions().equals(dimensions))
                .sorted(Comparator.comparing(KpiResult::window))
                .toList();
    }

    /**
     * The values of a KPI in one window, keyed by group, to compare services or teams side by side.
     *
     * @param kpiId the definition's id
     * @param windowStart the window's first date
     * @return a new map of the values by dimension values, in group order
     */
    public Map<Map<String, String>, KpiResult> byGroup(String kpiId, LocalDate windowStart) {
        return values.stream()
                .filter(r -> r.kpiId().equals(kpiId) && r.window().start().equals(windowStart))
                .collect(Collectors.toMap(KpiResult::dimensions, r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Counts the values held.
     *
     * @return the number of values, over every KPI, group and window
     */
    public int size() {
        return values.size();
    }
}

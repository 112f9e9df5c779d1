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
 */
public record KpiResults(List<KpiResult> values) {

    public KpiResults {
        values = List.copyOf(Checks.notNull(values, "values"));
    }

    /** Every value of one KPI. */
    public List<KpiResult> forKpi(String kpiId) {
        return values.stream().filter(r -> r.kpiId().equals(kpiId)).toList();
    }

    /** The value of a KPI for a group (exact dimension values) in the window starting on {@code windowStart}. */
    public Optional<KpiResult> find(String kpiId, Map<String, String> dimensions, LocalDate windowStart) {
        return values.stream()
                .filter(r -> r.kpiId().equals(kpiId) && r.dimensions().equals(dimensions)
                        && r.window().start().equals(windowStart))
                .findFirst();
    }

    /** The single value of an ungrouped KPI over all time, if computed. */
    public Optional<KpiResult> total(String kpiId) {
        return values.stream()
                .filter(r -> r.kpiId().equals(kpiId) && r.dimensions().isEmpty() && r.window().isUnbounded())
                .findFirst();
    }

    /** One group's values of a KPI in window order: the input of trend tests and control charts. */
    public List<KpiResult> series(String kpiId, Map<String, String> dimensions) {
        return values.stream()
                .filter(r -> r.kpiId().equals(kpiId) && r.dimensions().equals(dimensions))
                .sorted(Comparator.comparing(KpiResult::window))
                .toList();
    }

    /** The values of a KPI in the window starting on {@code windowStart}, keyed by group. */
    public Map<Map<String, String>, KpiResult> byGroup(String kpiId, LocalDate windowStart) {
        return values.stream()
                .filter(r -> r.kpiId().equals(kpiId) && r.window().start().equals(windowStart))
                .collect(Collectors.toMap(KpiResult::dimensions, r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    public int size() {
        return values.size();
    }
}

package org.itm.metrics.export;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.KpiResult;
import org.itm.metrics.kpi.KpiResults;
import org.itm.metrics.kpi.RagStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the latest value of every KPI and group as Micrometer gauges: {@code <prefix>.value} with the KPI's
 * value and {@code <prefix>.status} with its RAG status (0 green, 1 amber, 2 red, -1 none), tagged with
 * {@code kpi}, {@code unit} and one tag per dimension. Each {@link #publish} updates the gauges in place; a gauge is
 * registered the first time its KPI and group appear.
 *
 * <p>Thread-safe: publish from a scheduled job while the registry is scraped.
 *
 * @since 0.1
 */
public final class MicrometerKpiPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(MicrometerKpiPublisher.class);

    private final MeterRegistry registry;
    private final String prefix;
    private final Map<Tags, Holder> values = new ConcurrentHashMap<>();
    private final Map<Tags, Holder> statuses = new ConcurrentHashMap<>();

    private MicrometerKpiPublisher(MeterRegistry registry, String prefix) {
        this.registry = registry;
        this.prefix = prefix;
    }

    /**
     * A publisher with meter names {@code itm.kpi.value} and {@code itm.kpi.status}.
     *
     * @param registry where the gauges are registered
     * @return a thread-safe publisher that has registered nothing yet
     * @throws org.itm.core.ItmValidationException if {@code registry} is null
     */
    public static MicrometerKpiPublisher create(MeterRegistry registry) {
        return create(registry, "itm.kpi");
    }

    /**
     * A publisher with meter names {@code <prefix>.value} and {@code <prefix>.status}, e.g. to keep two catalogs
     * apart in one registry.
     *
     * @param registry where the gauges are registered
     * @param prefix the start of the meter names, not blank, e.g. {@code itm.kpi}
     * @return a thread-safe publisher that has registered nothing yet
     * @throws org.itm.core.ItmValidationException if {@code registry} is null or {@code prefix} is blank
     */
    public static MicrometerKpiPublisher create(MeterRegistry registry, String prefix) {
        return new MicrometerKpiPublisher(Checks.notNull(registry, "registry"), Checks.notBlank(prefix, "prefix"));
    }

    /**
     * Publishes, for every KPI and group in {@code results}, the value of its latest window. Gauges of groups
     * missing from {@code results} keep their last value.
     *
     * @param results the values to publish, e.g. of the KPI engine's latest run
     * @param units KPI id to unit, for the {@code unit} tag (e.g. from the definitions); missing ids get no tag
     * @return the number of gauges updated
     */
    public int publish(KpiResults results, Map<String, String> units) {
        Checks.notNull(results, "results");
        Checks.notNull(units, "units");
        Map<Tags, KpiResult> latest = new ConcurrentHashMap<>();
        for (KpiResult r : results.values()) {
            latest.merge(tags(r, units), r, (a, b) -> Comparator.comparing(KpiResult::window).compare(a, b) >= 0
                    ? a : b);
        }
        latest.forEach((tags, r) -> {
            holder(values, prefix + ".value", tags, "KPI value").value = r.value();
            holder(statuses, prefix + ".status", tags, "KPI RAG status: 0 green, 1 amber, 2 red, -1 none").value =
                    code(r.status());
        });
        LOG.debug("published {} KPI gauges to {}", latest.size(), registry.getClass().getSimpleName());
        return latest.size();
    }

    private Holder holder(Map<Tags, Holder> map, String name, Tags tags, String description) {
        return map.computeIfAbsent(tags, t -> {
            Holder h = new Holder();
            Gauge.builder(name, h, x -> x.value).tags(t).description(description).strongReference(true)
                    .register(registry);
            return h;
        });
    }

    private static Tags tags(KpiResult r, Map<String, String> units) {
        List<Tag> tags = new ArrayList<>();
        tags.add(Tag.of("kpi", r.kpiId()));
        String unit = units.get(r.kpiId());
        if (unit != null) {
            tags.add(Tag.of("unit", unit));
        }
        r.dimensions().forEach((k, v) -> tags.add(Tag.of(k, v)));
        return Tags.of(tags);
    }

    private static double code(RagStatus s) {
        return switch (s) {
            case GREEN -> 0;
            case AMBER -> 1;
            case RED -> 2;
            case NONE -> -1;
        };
    }

    /** Mutable cell a gauge reads; volatile so scrapes see the latest publish. */
    private static final class Holder {
        volatile double value = Double.NaN;
    }
}

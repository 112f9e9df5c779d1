package org.itm.metrics.catalog;

import java.util.List;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.TimeWindow;

/** Shared start of every catalog definition. */
final class Kpis {

    private Kpis() {
    }

    static KpiDefinition.Builder kpi(String id, String name, String unit, KpiDirection direction,
                                     List<String> dimensions, TimeWindow window, String timeField,
                                     String description) {
        return KpiDefinition.builder(id).name(name).unit(unit).direction(direction).description(description)
                .dimensions(dimensions).window(window).timeField(timeField);
    }
}

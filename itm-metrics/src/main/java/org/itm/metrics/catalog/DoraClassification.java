package org.itm.metrics.catalog;

import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.KpiResult;

/**
 * The DORA band of one KPI value, and why.
 *
 * @param metric      the DORA key
 * @param result      the KPI value classified
 * @param band        the band reached
 * @param explanation the bound that placed it, e.g. {@code "0.8 per day >= high 0.1429"}
 * @since 0.1
 */
public record DoraClassification(DoraMetric metric, KpiResult result, DoraBand band, String explanation) {

    /**
     * A classification, as {@link DoraBands} makes it.
     *
     * @param metric the DORA key
     * @param result the KPI value classified
     * @param band the band reached
     * @param explanation the bound that placed it, e.g. {@code "0.8 per day >= high 0.1429"}
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
    public DoraClassification {
        Checks.notNull(metric, "metric");
        Checks.notNull(result, "result");
        Checks.notNull(band, "band");
        Checks.notNull(explanation, "explanation");
    }
}

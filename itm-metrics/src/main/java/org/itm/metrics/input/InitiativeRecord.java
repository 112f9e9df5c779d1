package org.itm.metrics.input;

import java.math.BigDecimal;
import java.time.Instant;
import org.itm.core.validation.Checks;
import org.itm.metrics.kpi.RagStatus;

/**
 * A portfolio initiative's status report as the governance KPIs see it (amounts in one reporting currency).
 *
 * @param id              initiative id
 * @param portfolio       portfolio or business unit
 * @param reported        when the status was reported
 * @param spend           spend in the reporting period
 * @param alignedToOutcome whether the initiative is linked to an agreed business outcome
 * @param plannedBenefit  benefit planned to date
 * @param realisedBenefit benefit realised to date
 * @param status          the initiative's reported RAG status
 * @since 0.1
 */
public record InitiativeRecord(String id, String portfolio, Instant reported, BigDecimal spend,
                               boolean alignedToOutcome, BigDecimal plannedBenefit, BigDecimal realisedBenefit,
                               RagStatus status) {

    /**
     * An initiative as the governance KPIs read it.
     *
     * @param id initiative id
     * @param portfolio portfolio or business unit
     * @param reported when the status was reported
     * @param spend spend in the reporting period
     * @param alignedToOutcome whether the initiative is linked to an agreed business outcome
     * @param plannedBenefit benefit planned to date
     * @param realisedBenefit benefit realised to date
     * @param status the initiative's reported RAG status
     * @throws org.itm.core.ItmValidationException if a text is blank, an amount is negative or an argument is null
     */
    public InitiativeRecord {
        Checks.notBlank(id, "id");
        Checks.notBlank(portfolio, "portfolio");
        Checks.notNull(reported, "reported");
        Checks.notNegative(spend, "spend");
        Checks.notNegative(plannedBenefit, "plannedBenefit");
        Checks.notNegative(realisedBenefit, "realisedBenefit");
        Checks.notNull(status, "status");
    }
}

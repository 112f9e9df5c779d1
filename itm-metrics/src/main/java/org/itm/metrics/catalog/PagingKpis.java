package org.itm.metrics.catalog;

import static org.itm.metrics.catalog.Kpis.kpi;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.validation.Checks;
import org.itm.metrics.input.PageReceiptRecord;
import org.itm.metrics.input.PageRecord;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.RecordSchema;
import org.itm.metrics.kpi.TimeWindow;

/**
 * On-call paging KPIs: over {@link PageRecord}s (time to acknowledge, escalation rate, out-of-hours pages, per
 * policy and calendar month by when the page was triggered) and over {@link PageReceiptRecord}s (pages per person
 * per calendar week, and how many of them came out of hours). "Out of hours" means outside the working time of the
 * {@link BusinessCalendar} given to the schema.
 *
 * @since 0.1
 */
public final class PagingKpis {

    /** Id of "Pages" (count, lower is better): Number of pages raised in the window. */
    public static final String VOLUME = "paging.volume";
    /**
     * Id of "Mean time to acknowledge a page" (min, lower is better): Mean minutes from raising a page to its first
     * acknowledgement, over acknowledged pages. Target 5; GREEN at or better than 5, AMBER at or better than 15.
     */
    public static final String TTA_MEAN = "paging.tta.mean";
    /**
     * Id of "Median time to acknowledge a page" (min, lower is better): Median minutes from raising a page to its
     * first acknowledgement. Target 5; GREEN at or better than 5, AMBER at or better than 15.
     */
    public static final String TTA_MEDIAN = "paging.tta.median";
    /**
     * Id of "Escalation rate" (%, lower is better): Share of pages that escalated past their first level because
     * nobody acknowledged in time. Target 10; GREEN at or better than 10, AMBER at or better than 25.
     */
    public static final String ESCALATION_RATE = "paging.escalation.rate";
    /** Id of "Out-of-hours pages" (count, lower is better): Number of pages raised outside working hours. */
    public static final String OUT_OF_HOURS = "paging.out_of_hours";
    /** Id of "Out-of-hours share of pages" (%, lower is better): Share of pages raised outside working hours. */
    public static final String OUT_OF_HOURS_SHARE = "paging.out_of_hours.share";
    /**
     * Id of "Pages per person" (count, lower is better): Distinct pages that notified the person in the window.
     * Target 5; GREEN at or better than 5, AMBER at or better than 10.
     */
    public static final String PAGES_PER_PERSON = "paging.person.pages";
    /**
     * Id of "Out-of-hours pages per person" (count, lower is better): Distinct pages that first notified the person
     * outside working hours in the window. Target 2; GREEN at or better than 2, AMBER at or better than 5.
     */
    public static final String OUT_OF_HOURS_PER_PERSON = "paging.person.out_of_hours";

    private PagingKpis() {
    }

    /**
     * Dimensions {@code policy}; measure {@code minutesToAcknowledge}; flags {@code acknowledged, escalated,
     * outOfHours}; time {@code triggered}.
     *
     * @param workingHours the calendar whose non-working time is "out of hours"
     * @return the schema
     */
    public static RecordSchema<PageRecord> pageSchema(BusinessCalendar workingHours) {
        Checks.notNull(workingHours, "workingHours");
        return RecordSchema.<PageRecord>builder("page")
                .dimension("policy", PageRecord::policy)
                .measure("minutesToAcknowledge", p -> p.acknowledged()
                        .map(a -> minutes(Duration.between(p.triggered(), a))).orElse(Double.NaN))
                .flag("acknowledged", p -> p.acknowledged().isPresent())
                .flag("escalated", PageRecord::escalated)
                .flag("outOfHours", p -> !workingHours.isWorking(p.triggered()))
                .time("triggered", p -> Optional.of(p.triggered()))
                .build();
    }

    /**
     * Dimensions {@code person, policy}; flag {@code outOfHours}; time {@code notified}.
     *
     * @param workingHours the calendar whose non-working time is "out of hours"
     * @return the schema
     */
    public static RecordSchema<PageReceiptRecord> receiptSchema(BusinessCalendar workingHours) {
        Checks.notNull(workingHours, "workingHours");
        return RecordSchema.<PageReceiptRecord>builder("page-receipt")
                .dimension("person", PageReceiptRecord::person)
                .dimension("policy", PageReceiptRecord::policy)
                .flag("outOfHours", r -> !workingHours.isWorking(r.notified()))
                .time("notified", r -> Optional.of(r.notified()))
                .build();
    }

    private static double minutes(Duration d) {
        return d.getSeconds() / 60.0 + d.getNano() / 1e9 / 60.0;
    }

    /**
     * @param zone where months begin
     * @return the page KPIs per policy and calendar month
     */
    public static List<KpiDefinition> pageCatalog(ZoneId zone) {
        return pageCatalog(List.of("policy"), TimeWindow.month(zone));
    }

    /**
     * @param dimensions grouping, from {@link #pageSchema}'s dimensions
     * @param window     the window
     * @return the page KPIs
     */
    public static List<KpiDefinition> pageCatalog(List<String> dimensions, TimeWindow window) {
        return List.of(
                kpi(VOLUME, "Pages", "count", KpiDirection.LOWER_IS_BETTER, dimensions, window, "triggered",
                        "Number of pages raised in the window.").count().build(),
                kpi(TTA_MEAN, "Mean time to acknowledge a page", "min", KpiDirection.LOWER_IS_BETTER, dimensions,
                        window, "triggered", "Mean minutes from raising a page to its first acknowledgement, over "
                                + "acknowledged pages.")
                        .mean("minutesToAcknowledge").filter("acknowledged").thresholds(5, 5, 15).build(),
                kpi(TTA_MEDIAN, "Median time to acknowledge a page", "min", KpiDirection.LOWER_IS_BETTER, dimensions,
                        window, "triggered", "Median minutes from raising a page to its first acknowledgement.")
                        .median("minutesToAcknowledge").filter("acknowledged").thresholds(5, 5, 15).build(),
                kpi(ESCALATION_RATE, "Escalation rate", "%", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "triggered", "Share of pages that escalated past their first level because nobody "
                                + "acknowledged in time.")
                        .ratio("escalated").percent().thresholds(10, 10, 25).build(),
                kpi(OUT_OF_HOURS, "Out-of-hours pages", "count", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "triggered", "Number of pages raised outside working hours.")
                        .count().filter("outOfHours").build(),
                kpi(OUT_OF_HOURS_SHARE, "Out-of-hours share of pages", "%", KpiDirection.LOWER_IS_BETTER, dimensions,
                        window, "triggered", "Share of pages raised outside working hours.")
                        .ratio("outOfHours").percent().build());
    }

    /**
     * @param zone where weeks begin
     * @return the per-person KPIs per calendar week (ISO, Monday first)
     */
    public static List<KpiDefinition> receiptCatalog(ZoneId zone) {
        return receiptCatalog(List.of("person"), TimeWindow.week(zone));
    }

    /**
     * @param dimensions grouping, from {@link #receiptSchema}'s dimensions
     * @param window     the window; a week gives pages per person per week
     * @return the per-person KPIs
     */
    public static List<KpiDefinition> receiptCatalog(List<String> dimensions, TimeWindow window) {
        return List.of(
                kpi(PAGES_PER_PERSON, "Pages per person", "count", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "notified", "Distinct pages that notified the person in the window.")
                        .count().thresholds(5, 5, 10).build(),
                kpi(OUT_OF_HOURS_PER_PERSON, "Out-of-hours pages per person", "count", KpiDirection.LOWER_IS_BETTER,
                        dimensions, window, "notified", "Distinct pages that first notified the person outside "
                                + "working hours in the window.")
                        .count().filter("outOfHours").thresholds(2, 2, 5).build());
    }
}

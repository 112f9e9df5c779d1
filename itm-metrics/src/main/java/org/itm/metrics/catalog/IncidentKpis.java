package org.itm.metrics.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.itm.core.time.BusinessCalendar;
import org.itm.core.validation.Checks;
import org.itm.metrics.input.IncidentRecord;
import org.itm.metrics.kpi.KpiDirection;
import org.itm.metrics.kpi.KpiDefinition;
import org.itm.metrics.kpi.RatePeriod;
import org.itm.metrics.kpi.RecordSchema;
import org.itm.metrics.kpi.TimeWindow;

/**
 * The incident KPIs of the operations catalog over {@link IncidentRecord}s. By default every KPI is grouped by
 * service and priority per calendar month and windowed by the month the incident was <em>opened</em> (a cohort
 * view: each month's incidents are followed to their resolution), so one group look-up serves the whole catalog.
 *
 * <p>Durations are in hours. "Business" variants count only working time of the {@link BusinessCalendar} passed to
 * {@link #schema(BusinessCalendar)}; the others count wall-clock time.
 *
 * @since 0.1
 */
public final class IncidentKpis {

    /**
     * Id of "Incident volume" (count, lower is better): Number of incidents opened in the window; its
     * month-on-month series is the volume trend.
     */
    public static final String VOLUME = "incident.volume";
    /**
     * Id of "Major incidents" (count, lower is better): Number of incidents opened in the window and handled as
     * major incidents. Target 0; GREEN at or better than 0, AMBER at or better than 1.
     */
    public static final String MAJOR = "incident.major";
    /**
     * Id of "Mean time to acknowledge" (h, lower is better): Mean wall-clock hours from opening to first
     * acknowledgement, over acknowledged incidents. Target 0.5; GREEN at or better than 0.5, AMBER at or better than
     * 1.
     */
    public static final String MTTA = "incident.mtta";
    /**
     * Id of "MTTR (mean)" (h, lower is better): Mean wall-clock hours from opening to resolution, over resolved
     * incidents. Target 8; GREEN at or better than 8, AMBER at or better than 24.
     */
    public static final String MTTR_MEAN = "incident.mttr.mean";
    /**
     * Id of "MTTR (median)" (h, lower is better): Median wall-clock hours from opening to resolution, over resolved
     * incidents; robust to a few very long incidents. Target 4; GREEN at or better than 4, AMBER at or better than
     * 12.
     */
    public static final String MTTR_MEDIAN = "incident.mttr.median";
    /**
     * Id of "MTTR in business hours (mean)" (h, lower is better): Mean working hours (per the business calendar)
     * from opening to resolution, over resolved incidents. Target 4; GREEN at or better than 4, AMBER at or better
     * than 12.
     */
    public static final String MTTR_BUSINESS_MEAN = "incident.mttr.business.mean";
    /**
     * Id of "MTTR in business hours (median)" (h, lower is better): Median working hours from opening to
     * resolution, over resolved incidents. Target 2; GREEN at or better than 2, AMBER at or better than 6.
     */
    public static final String MTTR_BUSINESS_MEDIAN = "incident.mttr.business.median";
    /**
     * Id of "Time to resolve (90th percentile)" (h, lower is better): 90th percentile of wall-clock hours from
     * opening to resolution: the slow tail. Target 24; GREEN at or better than 24, AMBER at or better than 72.
     */
    public static final String MTTR_P90 = "incident.mttr.p90";
    /**
     * Id of "SLA attainment" (%, higher is better): Share of resolved incidents whose resolution SLA was met.
     * Target 95; GREEN at or better than 95, AMBER at or better than 90.
     */
    public static final String SLA_ATTAINMENT = "incident.sla.attainment";
    /**
     * Id of "First-contact resolution" (%, higher is better): Share of resolved incidents resolved by the first
     * line at first contact, without escalation. Target 70; GREEN at or better than 70, AMBER at or better than 60.
     */
    public static final String FIRST_CONTACT_RESOLUTION = "incident.fcr";
    /**
     * Id of "Reassignment rate" (%, lower is better): Share of incidents reassigned to another group at least once.
     * Target 20; GREEN at or better than 20, AMBER at or better than 35.
     */
    public static final String REASSIGNMENT_RATE = "incident.reassignment.rate";
    /**
     * Id of "Reopen rate" (%, lower is better): Share of resolved incidents that were reopened at least once.
     * Target 5; GREEN at or better than 5, AMBER at or better than 10.
     */
    public static final String REOPEN_RATE = "incident.reopen.rate";
    /**
     * Id of "Mean time between failures" (h, higher is better): Window length in hours divided by the number of
     * incidents of the group: the mean operating time between failures, assuming the service or CI ran all window.
     */
    public static final String MTBF = "incident.mtbf";
    /**
     * Id of "Open incidents (backlog)" (count, lower is better): Incidents opened at or before the as-of instant
     * and not resolved by then.
     */
    public static final String BACKLOG = "incident.backlog";
    /**
     * Id of "Backlog age (median)" (h, lower is better): Median wall-clock hours open incidents have been open at
     * the as-of instant.
     */
    public static final String BACKLOG_AGE_MEDIAN = "incident.backlog.age.median";
    /**
     * Id of "Backlog age (90th percentile)" (h, lower is better): 90th percentile of the age of open incidents at
     * the as-of instant: the oldest tail.
     */
    public static final String BACKLOG_AGE_P90 = "incident.backlog.age.p90";

    private static final double HOUR = 3600.0;

    private IncidentKpis() {
    }

    /**
     * Fields: dimensions {@code service, team, priority, category, ci}; measures {@code hoursToAcknowledge,
     * hoursToResolve, businessHoursToResolve, reassignments, reopens}; flags {@code acknowledged, resolved, slaMet,
     * firstContactResolution, reassigned, reopened, major}; times {@code opened, resolvedAt}.
     *
     * @param calendar the working time the business-hours measures count
     * @return the schema the catalog's definitions are compiled against
     * @throws org.itm.core.ItmValidationException if {@code calendar} is null
     */
    public static RecordSchema<IncidentRecord> schema(BusinessCalendar calendar) {
        return base(calendar).build();
    }

    /**
     * {@link #schema(BusinessCalendar)} plus what the backlog KPIs need at instant {@code asOf}: flag
     * {@code openAtAsOf}, measures {@code ageHours} and {@code businessAgeHours}, time {@code asOf}.
     *
     * @param calendar the working time the business-hours measures count
     * @param asOf the instant the backlog is taken at, e.g. the end of the reporting month
     * @return the schema of {@link #backlog(List)}
     * @throws org.itm.core.ItmValidationException if an argument is null
     */
    public static RecordSchema<IncidentRecord> backlogSchema(BusinessCalendar calendar, Instant asOf) {
        Checks.notNull(asOf, "asOf");
        Optional<Instant> at = Optional.of(asOf);
        return base(calendar)
                .flag("openAtAsOf", r -> r.openAt(asOf))
                .measure("ageHours", r -> r.openAt(asOf) ? hours(Duration.between(r.opened(), asOf)) : Double.NaN)
                .measure("businessAgeHours", r -> r.openAt(asOf)
                        ? hours(calendar.workingTimeBetween(r.opened(), asOf)) : Double.NaN)
                .time("asOf", r -> at)
                .build();
    }

    private static RecordSchema.Builder<IncidentRecord> base(BusinessCalendar calendar) {
        Checks.notNull(calendar, "calendar");
        return RecordSchema.<IncidentRecord>builder("incident")
                .dimension("service", IncidentRecord::service)
                .dimension("team", IncidentRecord::team)
                .dimension("priority", IncidentRecord::priority)
                .dimension("category", IncidentRecord::category)
                .dimension("ci", IncidentRecord::ci)
                .measure("hoursToAcknowledge", r -> r.acknowledged().isPresent()
                        ? seconds(r.opened(), r.acknowledged().get()) / HOUR : Double.NaN)
                .measure("hoursToResolve", r -> r.resolved().isPresent()
                        ? seconds(r.opened(), r.resolved().get()) / HOUR : Double.NaN)
                .measure("businessHoursToResolve", r -> r.resolved().isPresent()
                        ? businessHours(calendar, r.opened(), r.resolved().get()) : Double.NaN)
                .measure("reassignments", IncidentRecord::reassignments)
                .measure("reopens", IncidentRecord::reopens)
                .flag("acknowledged", r -> r.acknowledged().isPresent())
                .flag("resolved", r -> r.resolved().isPresent())
                .flag("slaMet", IncidentRecord::slaMet)
                .flag("firstContactResolution", IncidentRecord::firstContactResolution)
                .flag("reassigned", r -> r.reassignments() > 0)
                .flag("reopened", r -> r.reopens() > 0)
                .flag("major", IncidentRecord::major)
                .time("opened", r -> Optional.of(r.opened()))
                .time("resolvedAt", IncidentRecord::resolved);
    }

    private static double seconds(Instant a, Instant b) {
        return b.getEpochSecond() - a.getEpochSecond() + (b.getNano() - a.getNano()) / 1e9;
    }

    private static double hours(Duration d) {
        return d.getSeconds() / HOUR + d.getNano() / 1e9 / HOUR;
    }

    /** Fewer elapsed seconds than this always fit a {@code long} of nanoseconds (working time never exceeds them). */
    private static final long NANOS_SAFE_SECONDS = Long.MAX_VALUE / 1_000_000_000L - 1;

    /**
     * {@code hours(calendar.workingTimeBetween(from, to))}, to the bit, without a {@code Duration} per record: the
     * working nanoseconds are split into the seconds and nanoseconds the {@code Duration} would hold.
     */
    private static double businessHours(BusinessCalendar calendar, Instant from, Instant to) {
        if (to.getEpochSecond() - from.getEpochSecond() >= NANOS_SAFE_SECONDS) {
            return hours(calendar.workingTimeBetween(from, to));
        }
        long nanos = calendar.workingNanosBetween(from, to);
        return Math.floorDiv(nanos, 1_000_000_000L) / HOUR + Math.floorMod(nanos, 1_000_000_000L) / 1e9 / HOUR;
    }

    /**
     * The catalog grouped by service and priority per calendar month in {@code zone}.
     *
     * @param zone where months begin
     * @return the definitions; pass them with {@link #schema(BusinessCalendar)} to {@code KpiEngine.create}
     */
    public static List<KpiDefinition> catalog(ZoneId zone) {
        return catalog(List.of("service", "priority"), TimeWindow.month(zone));
    }

    /**
     * The full incident catalog with the given grouping and window (backlog KPIs: see {@link #backlog}).
     *
     * @param dimensions dimensions of the schema to group by, e.g. {@code List.of("team")}
     * @param window the time windows, e.g. a week or a rolling 28 days
     * @return the definitions
     */
    public static List<KpiDefinition> catalog(List<String> dimensions, TimeWindow window) {
        return List.of(
                kpi(VOLUME, "Incident volume", "count", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "Number of incidents opened in the window; its month-on-month series is the volume trend.")
                        .count().build(),
                kpi(MAJOR, "Major incidents", "count", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "Number of incidents opened in the window and handled as major incidents.")
                        .count().filter("major").thresholds(0, 0, 1).build(),
                kpi(MTTA, "Mean time to acknowledge", "h", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "Mean wall-clock hours from opening to first acknowledgement, over acknowledged incidents.")
                        .mean("hoursToAcknowledge").filter("acknowledged").thresholds(0.5, 0.5, 1).build(),
                kpi(MTTR_MEAN, "MTTR (mean)", "h", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "Mean wall-clock hours from opening to resolution, over resolved incidents.")
                        .mean("hoursToResolve").filter("resolved").thresholds(8, 8, 24).build(),
                kpi(MTTR_MEDIAN, "MTTR (median)", "h", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "Median wall-clock hours from opening to resolution, over resolved incidents; robust to a "
                                + "few very long incidents.")
                        .median("hoursToResolve").filter("resolved").thresholds(4, 4, 12).build(),
                kpi(MTTR_BUSINESS_MEAN, "MTTR in business hours (mean)", "h", KpiDirection.LOWER_IS_BETTER, dimensions,
                        window, "Mean working hours (per the business calendar) from opening to resolution, over "
                                + "resolved incidents.")
                        .mean("businessHoursToResolve").filter("resolved").thresholds(4, 4, 12).build(),
                kpi(MTTR_BUSINESS_MEDIAN, "MTTR in business hours (median)", "h", KpiDirection.LOWER_IS_BETTER,
                        dimensions, window, "Median working hours from opening to resolution, over resolved "
                                + "incidents.")
                        .median("businessHoursToResolve").filter("resolved").thresholds(2, 2, 6).build(),
                kpi(MTTR_P90, "Time to resolve (90th percentile)", "h", KpiDirection.LOWER_IS_BETTER, dimensions,
                        window, "90th percentile of wall-clock hours from opening to resolution: the slow tail.")
                        .percentile(90, "hoursToResolve").filter("resolved").thresholds(24, 24, 72).build(),
                kpi(SLA_ATTAINMENT, "SLA attainment", "%", KpiDirection.HIGHER_IS_BETTER, dimensions, window,
                        "Share of resolved incidents whose resolution SLA was met.")
                        .ratio("slaMet").filter("resolved").percent().thresholds(95, 95, 90).build(),
                kpi(FIRST_CONTACT_RESOLUTION, "First-contact resolution", "%", KpiDirection.HIGHER_IS_BETTER,
                        dimensions, window, "Share of resolved incidents resolved by the first line at first "
                                + "contact, without escalation.")
                        .ratio("firstContactResolution").filter("resolved").percent().thresholds(70, 70, 60).build(),
                kpi(REASSIGNMENT_RATE, "Reassignment rate", "%", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "Share of incidents reassigned to another group at least once.")
                        .ratio("reassigned").percent().thresholds(20, 20, 35).build(),
                kpi(REOPEN_RATE, "Reopen rate", "%", KpiDirection.LOWER_IS_BETTER, dimensions, window,
                        "Share of resolved incidents that were reopened at least once.")
                        .ratio("reopened").filter("resolved").percent().thresholds(5, 5, 10).build(),
                kpi(MTBF, "Mean time between failures", "h", KpiDirection.HIGHER_IS_BETTER, dimensions, window,
                        "Window length in hours divided by the number of incidents of the group: the mean "
                                + "operating time between failures, assuming the service or CI ran all window.")
                        .timeBetween(RatePeriod.HOUR).build());
    }

    /**
     * MTBF per configuration item per window: the window's hours over the CI's incidents.
     *
     * @param window the time windows; bounded
     * @return the definition, grouped by {@code ci}
     * @throws org.itm.core.ItmValidationException if {@code window} is {@link TimeWindow#all()}
     */
    public static KpiDefinition mtbfPerCi(TimeWindow window) {
        return kpi(MTBF + ".ci", "MTBF per CI", "h", KpiDirection.HIGHER_IS_BETTER, List.of("ci"), window,
                "Window length in hours divided by the number of incidents on the configuration item.")
                .timeBetween(RatePeriod.HOUR).build();
    }

    /**
     * Backlog KPIs at the {@code asOf} of a {@link #backlogSchema}: open incidents and their age (median and 90th
     * percentile, wall-clock hours), grouped by {@code dimensions}.
     *
     * @param dimensions dimensions of {@link #backlogSchema} to group by, e.g. {@code List.of("team")}
     * @return the backlog count and age definitions, over all time at the as-of instant
     */
    public static List<KpiDefinition> backlog(List<String> dimensions) {
        TimeWindow all = TimeWindow.all();
        return List.of(
                kpi(BACKLOG, "Open incidents (backlog)", "count", KpiDirection.LOWER_IS_BETTER, dimensions, all,
                        "Incidents opened at or before the as-of instant and not resolved by then.")
                        .count().filter("openAtAsOf").timeField("asOf").build(),
                kpi(BACKLOG_AGE_MEDIAN, "Backlog age (median)", "h", KpiDirection.LOWER_IS_BETTER, dimensions, all,
                        "Median wall-clock hours open incidents have been open at the as-of instant.")
                        .median("ageHours").filter("openAtAsOf").timeField("asOf").build(),
                kpi(BACKLOG_AGE_P90, "Backlog age (90th percentile)", "h", KpiDirection.LOWER_IS_BETTER, dimensions,
                        all, "90th percentile of the age of open incidents at the as-of instant: the oldest tail.")
                        .percentile(90, "ageHours").filter("openAtAsOf").timeField("asOf").build());
    }

    private static KpiDefinition.Builder kpi(String id, String name, String unit, KpiDirection direction,
                                             List<String> dimensions, TimeWindow window, String description) {
        return KpiDefinition.builder(id).name(name).unit(unit).direction(direction).description(description)
                .dimensions(dimensions).window(window).timeField("opened");
    }
}

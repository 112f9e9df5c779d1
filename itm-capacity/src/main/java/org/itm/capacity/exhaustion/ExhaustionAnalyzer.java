package org.itm.capacity.exhaustion;

import java.time.Clock;
import org.itm.capacity.exhaustion.internal.DefaultExhaustionAnalyzer;
import org.itm.capacity.forecast.Forecast;
import org.itm.capacity.forecast.Forecaster;
import org.itm.capacity.series.TimeSeries;
import org.itm.core.validation.Checks;

/**
 * Turns a usage history and its forecast into headroom, threshold-crossing dates with a range from the
 * prediction interval, and the date by which to order more capacity. Implement it to date crossings another
 * way; {@link #create} gives the default, which interpolates linearly between forecast steps.
 *
 * <pre>{@code
 * // storage, used, next and clock as in the package example: 1000 TB, 800 TB used, +10 TB a day, lead time 30 days
 * ExhaustionAnalyzer analyzer = ExhaustionAnalyzer.create(clock);
 * ExhaustionReport r = analyzer.analyze(storage, used, next);
 * r.explanation(); // "storage-a uses 800 of 1000 TB (headroom 100 TB to 90%); reaches 90% (900 TB) on
 *                  //  2026-01-13; order by 2025-12-14 (lead time 30 days) - OVERDUE"
 * }</pre>
 *
 * @since 0.1
 */
public interface ExhaustionAnalyzer {

    /**
     * The default analyser.
     *
     * @param clock supplies "now": {@link ExhaustionReport#asOf()} and whether an order-by date is overdue
     * @return an analyser, safe to share between threads
     * @throws org.itm.core.ItmValidationException if {@code clock} is null
     */
    static ExhaustionAnalyzer create(Clock clock) {
        return new DefaultExhaustionAnalyzer(Checks.notNull(clock, "clock"));
    }

    /**
     * Analyses {@code resource} given its regular usage history and a forecast of the steps after it. The 80 %
     * interval is used for date ranges when the forecast has one, otherwise its first interval; step {@code h} of
     * the forecast is placed at {@link TimeSeries#instantAfterLast usage.instantAfterLast(h)}.
     *
     * @param resource the resource, whose thresholds and lead time are applied
     * @param usage    its usage history, in the resource's unit; the last value is the current usage
     * @param forecast the forecast of the steps after {@code usage}
     * @return headroom, warning and critical crossings, order-by date and an explanation
     * @throws org.itm.core.ItmValidationException if an argument is null, {@code usage} is empty, its unit is not
     *         the resource's, or it is not regular (so forecast steps cannot be placed in time)
     */
    ExhaustionReport analyze(Resource resource, TimeSeries usage, Forecast forecast);

    /**
     * Forecasts {@code horizon} steps of {@code usage} with {@code forecaster}, then analyses as
     * {@link #analyze(Resource, TimeSeries, Forecast)} does.
     *
     * @param resource   the resource, whose thresholds and lead time are applied
     * @param usage      its regular usage history, in the resource's unit
     * @param forecaster the forecasting method, e.g. {@link Forecaster#autoEts}
     * @param horizon    how many steps to forecast; crossings beyond it are reported as not reached
     * @return headroom, warning and critical crossings, order-by date and an explanation
     * @throws org.itm.core.ItmValidationException as {@link #analyze(Resource, TimeSeries, Forecast)} does, or if
     *         the forecaster rejects the history or horizon
     */
    default ExhaustionReport analyze(Resource resource, TimeSeries usage, Forecaster forecaster, int horizon) {
        Checks.notNull(usage, "usage");
        Checks.notNull(forecaster, "forecaster");
        return analyze(resource, usage, forecaster.forecast(usage.values(), horizon));
    }
}

package org.itm.capacity.exhaustion;

import java.time.Clock;
import org.itm.capacity.exhaustion.internal.DefaultExhaustionAnalyzer;
import org.itm.capacity.forecast.Forecast;
import org.itm.capacity.forecast.Forecaster;
import org.itm.capacity.series.TimeSeries;
import org.itm.core.validation.Checks;

/**
 * Turns a usage history and its forecast into headroom, threshold-crossing dates with a range from the
 * prediction interval, and the date by which to order more capacity.
 *
 * <pre>{@code
 * ExhaustionAnalyzer analyzer = ExhaustionAnalyzer.create(clock);
 * ExhaustionReport r = analyzer.analyze(storage, usage, Forecaster.autoEts(12), 36);
 * r.explanation(); // "storage-a reaches 90% (900 TB) on 2027-02-14, 80% interval 2027-02-02 – 2027-03-01; ..."
 * }</pre>
 */
public interface ExhaustionAnalyzer {

    /** The default analyser; {@code clock} supplies "now" for order-by deadlines. */
    static ExhaustionAnalyzer create(Clock clock) {
        return new DefaultExhaustionAnalyzer(Checks.notNull(clock, "clock"));
    }

    /**
     * Analyses {@code resource} given its regular usage history and a forecast of the steps after it. The 80 %
     * interval is used for date ranges when the forecast has one, otherwise its first interval.
     */
    ExhaustionReport analyze(Resource resource, TimeSeries usage, Forecast forecast);

    /** Forecasts {@code horizon} steps of {@code usage} with {@code forecaster}, then analyses. */
    default ExhaustionReport analyze(Resource resource, TimeSeries usage, Forecaster forecaster, int horizon) {
        Checks.notNull(usage, "usage");
        Checks.notNull(forecaster, "forecaster");
        return analyze(resource, usage, forecaster.forecast(usage.values(), horizon));
    }
}

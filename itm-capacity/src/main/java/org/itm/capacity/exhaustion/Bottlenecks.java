package org.itm.capacity.exhaustion;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.itm.capacity.internal.Format;
import org.itm.capacity.forecast.Forecast;
import org.itm.capacity.forecast.PredictionInterval;
import org.itm.capacity.series.TimeSeries;
import org.itm.core.validation.Checks;

/**
 * Finds the first bottleneck of a service: the resource whose critical threshold is reached at the lowest
 * business volume, with each resource's exhaustion dates under a forecast of that volume.
 *
 * @since 0.1
 */
public final class Bottlenecks {

    private Bottlenecks() {
    }

    /**
     * Maps the volume history and forecast (mean and every interval bound) through each driver's
     * {@link DemandDriver#usageAt} and analyses every resource. Resources are ranked by the volume they support
     * before reaching their critical threshold ({@link DemandDriver#supportedVolume}); the explanation reads e.g.
     * {@code "db-cpu is the bottleneck of shop: it reaches 90% at 4500 orders per day, before app-memory at 6000,
     * expected on 2026-05-04"}.
     *
     * @param service        the service's resources and their drivers
     * @param volumeHistory  regular history of the business volume
     * @param volumeForecast forecast of the steps after it
     * @param analyzer       the analyser that dates each resource's crossings, e.g.
     *                       {@link ExhaustionAnalyzer#create}
     * @return every resource's outlook, the bottleneck first
     * @throws org.itm.core.ItmValidationException if an argument is null, the history is empty or not regular, or
     *         a driver maps a volume to a non-finite usage
     */
    public static BottleneckReport analyze(ServiceDemand service, TimeSeries volumeHistory, Forecast volumeForecast,
                                           ExhaustionAnalyzer analyzer) {
        Checks.notNull(service, "service");
        Checks.notNull(volumeHistory, "volumeHistory");
        Checks.notNull(volumeForecast, "volumeForecast");
        Checks.notNull(analyzer, "analyzer");
        List<ResourceOutlook> outlooks = new ArrayList<>();
        for (DemandDriver d : service.drivers()) {
            TimeSeries usage = volumeHistory.map(d::usageAt, d.resource().unit());
            ExhaustionReport report = analyzer.analyze(d.resource(), usage, map(volumeForecast, d));
            outlooks.add(new ResourceOutlook(d, d.supportedVolume(), report));
        }
        outlooks.sort(Comparator.comparingDouble(ResourceOutlook::supportedVolume));
        ResourceOutlook first = outlooks.get(0);
        String why = String.format(Locale.ROOT, "%s is the bottleneck of %s: it reaches %.0f%% at %s %s", first
                        .driver().resource().id(), service.service(),
                first.driver().resource().criticalThreshold() * 100, Format.number(first.supportedVolume()),
                service.volumeMetric());
        if (outlooks.size() > 1) {
            ResourceOutlook next = outlooks.get(1);
            why += String.format(Locale.ROOT, ", before %s at %s", next.driver().resource().id(),
                    Format.number(next.supportedVolume()));
        }
        why += first.report().critical().expected()
                .map(t -> ", expected on " + LocalDate.ofInstant(t, ZoneOffset.UTC))
                .orElse(", not within the forecast horizon");
        return new BottleneckReport(service.service(), outlooks, first, why);
    }

    static Forecast map(Forecast f, DemandDriver d) {
        double[] mean = f.mean();
        for (int i = 0; i < mean.length; i++) {
            mean[i] = d.usageAt(mean[i]);
        }
        List<PredictionInterval> intervals = new ArrayList<>();
        for (PredictionInterval pi : f.intervals()) {
            double[] lo = pi.lower();
            double[] hi = pi.upper();
            for (int i = 0; i < lo.length; i++) {
                lo[i] = d.usageAt(lo[i]);
                hi[i] = d.usageAt(hi[i]);
            }
            intervals.add(new PredictionInterval(pi.level(), lo, hi));
        }
        return new Forecast(f.method(), mean, intervals);
    }
}

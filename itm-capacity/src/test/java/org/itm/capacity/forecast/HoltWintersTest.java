package org.itm.capacity.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.itm.capacity.series.TimeSeriesCsv;
import org.itm.capacity.series.Unit;
import org.itm.testkit.SharedData;
import org.junit.jupiter.api.Test;

class HoltWintersTest {

    @Test
    void additiveFitOnCo2ReachesRsSumOfSquaredErrors() {
        double[] co2 = TimeSeriesCsv.read(SharedData.require("timeseries/co2.csv"), "co2", Unit.of("ppm")).values();
        HoltWintersModel hw = HoltWinters.additive(co2, 12);
        // R 4.2: HoltWinters(co2) -> alpha 0.5126, beta 0.0095, gamma 0.4729, SSE 43.13
        assertThat(hw.sse()).isLessThanOrEqualTo(43.13 * 1.01);
        assertThat(hw.alpha()).isBetween(0.40, 0.65);
        assertThat(hw.gamma()).isBetween(0.35, 0.60);
        assertThat(hw.forecast(24).mean()).hasSize(24);
    }

    @Test
    void multiplicativeFitOnAirPassengersTracksTheSeries() {
        double[] air = TimeSeriesCsv.read(SharedData.require("timeseries/AirPassengers.csv"), "air", Unit.NONE).values();
        HoltWintersModel hw = HoltWinters.multiplicative(air, 12);
        assertThat(hw.sse()).isLessThan(HoltWinters.additive(air, 12).sse());
    }
}

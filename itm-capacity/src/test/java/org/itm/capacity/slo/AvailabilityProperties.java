package org.itm.capacity.slo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.itm.core.time.TimeInterval;

class AvailabilityProperties {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final TimeInterval DAY = TimeInterval.of(T0, T0.plus(Duration.ofDays(1)));

    private static List<Outage> outages(List<Integer> starts, int length, boolean planned) {
        return starts.stream().map(s -> new Outage(TimeInterval.of(T0.plus(Duration.ofMinutes(s)),
                T0.plus(Duration.ofMinutes(s + length))), planned && s % 3 == 0)).toList();
    }

    @Property(tries = 300)
    void availabilityIsAFractionAndDowntimeNeverExceedsTheSumOfOutages(
            @ForAll @Size(max = 30) List<@IntRange(min = -100, max = 1500) Integer> starts,
            @ForAll @IntRange(min = 1, max = 300) int length, @ForAll boolean excludePlanned) {
        List<Outage> outages = outages(starts, length, true);
        AvailabilityReport r = Availability.measure(DAY, outages, excludePlanned);
        assertThat(r.availability()).isBetween(0.0, 1.0);
        assertThat(r.downtime()).isLessThanOrEqualTo(Duration.ofMinutes((long) starts.size() * length));
        assertThat(r.downtime()).isLessThanOrEqualTo(r.serviceTime());
        for (int i = 1; i < r.downIntervals().size(); i++) {
            assertThat(r.downIntervals().get(i).start()).isAfter(r.downIntervals().get(i - 1).end());
        }
    }

    @Property(tries = 200)
    void mergingIsIdempotent(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 1400) Integer> starts,
                             @ForAll @IntRange(min = 1, max = 120) int length) {
        List<TimeInterval> merged = Availability.merge(outages(starts, length, false).stream()
                .map(Outage::interval).toList());
        assertThat(Availability.merge(merged)).isEqualTo(merged);
    }

    @Property(tries = 100)
    void errorBudgetIsTheWindowTimesTheAllowedShare(@ForAll @IntRange(min = 1, max = 400) int days,
                                                    @ForAll @IntRange(min = 9000, max = 9999) int tenThousandths) {
        Slo slo = new Slo("s", tenThousandths / 10_000.0, Duration.ofDays(days));
        long expectedNanos = Math.round(Duration.ofDays(days).toNanos() * (1 - tenThousandths / 10_000.0));
        assertThat(Math.abs(slo.errorBudget().toNanos() - expectedNanos)).isLessThanOrEqualTo(1);
    }
}

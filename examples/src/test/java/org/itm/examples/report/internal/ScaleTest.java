package org.itm.examples.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void linearScaleWidensToNiceTicks() {
        Scale s = Scale.linear(new double[] {3, 97}, false, 0, 100);

        assertThat(s.ticks()).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
        assertThat(s.map(0)).isEqualTo(0.0);
        assertThat(s.map(100)).isEqualTo(100.0);
        assertThat(s.map(50)).isEqualTo(50.0);
    }

    @Test
    void includeZeroPullsTheRangeDownToZero() {
        Scale s = Scale.linear(new double[] {91.4, 99.2}, true, 0, 1);

        assertThat(s.lowest()).isZero();
        assertThat(s.highest()).isEqualTo(100.0);
    }

    @Test
    void withoutZeroTheRangeHugsTheData() {
        Scale s = Scale.linear(new double[] {91.4, 99.2}, false, 0, 1);

        assertThat(s.lowest()).isEqualTo(90.0);
        assertThat(s.highest()).isEqualTo(100.0);
        assertThat(s.ticks()).extracting(s::label).containsExactly("90", "92", "94", "96", "98", "100");
    }

    @Test
    void valuesOutsideTheRangeAreClampedToItsEnds() {
        Scale s = Scale.fixed(0, 10, 5, 100, 200);

        assertThat(s.map(-5)).isEqualTo(100.0);
        assertThat(s.map(50)).isEqualTo(200.0);
        assertThat(s.map(Double.NaN)).isEqualTo(100.0);
    }

    @Test
    void logScaleSpansWholeDecades() {
        Scale s = Scale.log10(new double[] {2500, 3.1e6, -1, 0}, 0, 300);

        assertThat(s.ticks()).containsExactly(1e3, 1e4, 1e5, 1e6, 1e7);
        assertThat(s.ticks()).extracting(s::label).containsExactly("1k", "10k", "100k", "1M", "10M");
        assertThat(s.map(1e5)).isEqualTo(150.0);
    }

    @Test
    void dateScaleTicksFallOnMonthStarts() {
        double from = LocalDate.of(2027, 1, 15).toEpochDay();
        double to = LocalDate.of(2027, 12, 20).toEpochDay();

        Scale s = Scale.dates(new double[] {from, to}, 0, 100);

        assertThat(s.ticks()).extracting(t -> LocalDate.ofEpochDay(t.longValue()).toString())
                .containsExactly("2027-01-01", "2027-03-01", "2027-05-01", "2027-07-01", "2027-09-01", "2027-11-01",
                        "2028-01-01");
    }

    @Test
    void tickLabelsUseEnoughDecimalsAndSuffixesForLargeNumbers() {
        assertThat(Fmt.tick(2.5, 2.5, 10)).isEqualTo("2.5");
        assertThat(Fmt.tick(0.25, 0.05, 1)).isEqualTo("0.25");
        assertThat(Fmt.tick(1_500_000, 500_000, 4_000_000)).isEqualTo("1.5M");
        assertThat(Fmt.tick(200_000, 100_000, 500_000)).isEqualTo("200k");
        assertThat(Fmt.tick(0, 100_000, 500_000)).isEqualTo("0");
        assertThat(Fmt.grouped(-0.0001, 2)).isEqualTo("0.00");
        assertThat(Fmt.auto(1234.5)).isEqualTo("1,234.5");
        assertThat(Fmt.compact(0.001)).isEqualTo("1e-03");
    }

    @Test
    void escapingCoversMarkupQuotesAndCharactersXmlForbids() {
        assertThat(Xml.escape("<a href='x'>&\"</a>\u0000\uD800ok\uD83D\uDE00"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;\uFFFD\uFFFDok\uD83D\uDE00");
    }
}

package org.itm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.itm.core.ItmValidationException;
import org.itm.core.json.internal.CanonicalInstantDeserializer;
import org.junit.jupiter.api.Test;

/** Instants are read by a direct scan when written in ItmJson's own form, and as Jackson reads them otherwise. */
class InstantReadingProperties {

    record Stamped(Instant at, List<Instant> more) {
    }

    /** 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z. */
    private static final long MIN = -62_135_596_800L;
    private static final long MAX = 253_402_300_799L;

    @Property(tries = 2000)
    void everyWrittenInstantReadsBackAsItself(@ForAll @LongRange(min = MIN, max = MAX) long seconds,
                                              @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
                                              @ForAll @IntRange(min = 0, max = 3) int precision) {
        // whole seconds, milliseconds, microseconds and nanoseconds: the four lengths ISO_INSTANT writes
        int unit = new int[] {1_000_000_000, 1_000_000, 1_000, 1}[precision];
        Instant at = Instant.ofEpochSecond(seconds, precision == 0 ? 0 : nanos / unit * unit);
        Stamped s = new Stamped(at, List.of(at, at.plusNanos(1)));
        assertThat(ItmJson.fromJson(ItmJson.toJson(s), Stamped.class)).isEqualTo(s);
        assertThat(CanonicalInstantDeserializer.parseCanonical(at.toString())).isEqualTo(at);
    }

    @Property(tries = 2000)
    void theScanAgreesWithTheStandardParserOnEveryFractionLength(
            @ForAll @LongRange(min = MIN, max = MAX) long seconds, @ForAll @IntRange(min = 1, max = 9) int digits,
            @ForAll @IntRange(min = 0, max = 999_999_999) int fraction) {
        String base = Instant.ofEpochSecond(seconds).toString();
        String digitsText = String.format("%09d", fraction).substring(0, digits);
        String text = base.substring(0, base.length() - 1) + "." + digitsText + "Z";
        assertThat(CanonicalInstantDeserializer.parseCanonical(text)).isEqualTo(Instant.parse(text));
    }

    @Test
    void otherFormsAreReadAsBefore() {
        assertThat(read("2026-03-16T10:00:00+01:00")).isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
        assertThat(read("2016-12-31T23:59:60Z")).isEqualTo(Instant.parse("2016-12-31T23:59:60Z"));
        // Jackson's reader is lenient about case and reads 24:00 as the next midnight; so it stays
        assertThat(read("2026-03-16t09:00:00z")).isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
        assertThat(read("2026-03-16T24:00:00Z")).isEqualTo(Instant.parse("2026-03-17T00:00:00Z"));
        assertThat(CanonicalInstantDeserializer.parseCanonical("2026-03-16T24:00:00Z")).isNull();
        assertThat(CanonicalInstantDeserializer.parseCanonical("2016-12-31T23:59:60Z")).isNull();
        assertThat(CanonicalInstantDeserializer.parseCanonical("2026-03-16t09:00:00Z")).isNull();
        assertThat(CanonicalInstantDeserializer.parseCanonical("2026-03-16T09:00:00.Z")).isNull();
        assertThat(CanonicalInstantDeserializer.parseCanonical("+2026-03-16T09:00:00Z")).isNull();
    }

    @Test
    void impossibleDatesAndTimesAreStillRefusedNamingTheField() {
        for (String bad : List.of("2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-03-16T09:60:00Z", "2026-03-16T09:00:00.1234567890Z", "2026-03-16 09:00:00Z", "yesterday")) {
            assertThatThrownBy(() -> read(bad)).as(bad).isInstanceOf(ItmValidationException.class)
                    .satisfies(e -> assertThat(((ItmValidationException) e).violations().get(0).path())
                            .isEqualTo("$.at"));
        }
    }

    private static Instant read(String text) {
        return ItmJson.fromJson("{\"at\":\"" + text + "\",\"more\":[]}", Stamped.class).at();
    }
}

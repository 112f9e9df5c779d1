package org.itm.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.itm.core.Violation;
import org.junit.jupiter.api.Test;

class TimeIntervalTest {

    private static final Instant NINE = Instant.parse("2026-06-01T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-06-01T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-06-01T11:00:00Z");

    @Test
    void anIntervalContainsItsStartButNotItsEnd() {
        TimeInterval morning = TimeInterval.of(NINE, TEN);

        assertThat(morning.contains(NINE)).isTrue();
        assertThat(morning.contains(NINE.plusSeconds(1_800))).isTrue();
        assertThat(morning.contains(TEN)).isFalse();
        assertThat(morning.contains(NINE.minusNanos(1))).isFalse();
        assertThat(TimeInterval.of(NINE, NINE).contains(NINE)).isFalse();
    }

    @Test
    void intervalsThatOnlyTouchDoNotOverlap() {
        TimeInterval first = TimeInterval.of(NINE, TEN);

        assertThat(first.overlaps(TimeInterval.of(TEN, ELEVEN))).isFalse();
        assertThat(TimeInterval.of(TEN, ELEVEN).overlaps(first)).isFalse();
        assertThat(first.overlaps(TimeInterval.of(TEN.minusNanos(1), ELEVEN))).isTrue();
        assertThat(TimeInterval.of(NINE.plusSeconds(60), TEN.minusSeconds(60)).overlaps(first)).isTrue();
    }

    @Test
    void anIntervalIsEmptyOnlyWhenItEndsWhereItStarts() {
        assertThat(TimeInterval.of(NINE, NINE).isEmpty()).isTrue();
        assertThat(TimeInterval.of(NINE, NINE.plusNanos(1)).isEmpty()).isFalse();
        assertThatThrownBy(() -> TimeInterval.of(TEN, NINE)).isInstanceOf(ItmValidationException.class);
    }

    @Test
    void calendarsAndHolidaySourcesNameThemselves() {
        assertThat(BusinessCalendar.twentyFourSeven(ZoneId.of("Europe/Berlin"))).hasToString("24x7 in Europe/Berlin");
        assertThat(HolidayProvider.of(List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31))))
                .hasToString("2 fixed holidays");
        assertThat(HolidayProvider.publicHolidays("de", "be")).hasToString("public holidays of de/be");
        assertThat(HolidayProvider.publicHolidays("us")).hasToString("public holidays of us");
    }

    @Test
    void aMissingFixedHolidayIsReportedByItsIndex() {
        assertThatThrownBy(() -> HolidayProvider.of(Arrays.asList(LocalDate.of(2026, 12, 24), null)))
                .isInstanceOfSatisfying(ItmValidationException.class, e -> assertThat(
                        e.violations().stream().map(Violation::path).toList()).containsExactly("dates[1]"));
    }
}

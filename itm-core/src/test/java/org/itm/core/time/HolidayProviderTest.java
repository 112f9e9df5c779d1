package org.itm.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayProviderTest {

    @Test
    void berlinHasTenPublicHolidaysIn2026IncludingInternationalWomensDay() {
        HolidayProvider berlin = HolidayProvider.publicHolidays("de", "be");

        assertThat(berlin.holidaysIn(Year.of(2026))).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 8), LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26));
    }

    @Test
    void unitedStatesHasTheElevenFederalHolidaysOf2026IncludingColumbusDay() {
        // the 2026 federal list (5 U.S.C. 6103 with the Saturday 4 July observed on Friday 3 July)
        assertThat(HolidayProvider.publicHolidays("us").holidaysIn(Year.of(2026))).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 19), LocalDate.of(2026, 7, 3),
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 11),
                LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 25));
        // a state whose own list has no Columbus Day still inherits the federal one, as it does every other
        assertThat(HolidayProvider.publicHolidays("us", "fl").holidaysIn(Year.of(2026)))
                .contains(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 11));
    }

    @Test
    void newYorkHasTheFederalDaysOffOf2026() {
        // New York's own Lincoln's Birthday (12 Feb) and Election Day (3 Nov) are floating holidays, on which
        // offices stay open, so the days off in New York are the federal ones
        assertThat(HolidayProvider.publicHolidays("us", "ny").holidaysIn(Year.of(2026))).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 19), LocalDate.of(2026, 7, 3),
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 11),
                LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 25));
    }

    @Test
    void germanyHasItsNineNationwideHolidaysOf2026() {
        assertThat(HolidayProvider.publicHolidays("de").holidaysIn(Year.of(2026))).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 10, 3), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
    }

    @Test
    void theNewYorkStockExchangeClosesOnTenDaysOf2026() {
        assertThat(HolidayProvider.publicHolidays("NYSE").holidaysIn(Year.of(2026))).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 19),
                LocalDate.of(2026, 7, 3), LocalDate.of(2026, 9, 7), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 12, 25));
    }

    @Test
    void regionalHolidaysDependOnTheRegion() {
        HolidayProvider bavaria = HolidayProvider.publicHolidays("DE", "by");
        HolidayProvider germany = HolidayProvider.publicHolidays("de");

        assertThat(bavaria.holidaysIn(Year.of(2026))).contains(LocalDate.of(2026, 1, 6));
        assertThat(germany.holidaysIn(Year.of(2026))).doesNotContain(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 3, 8));
    }

    @Test
    void observedDateIsTheDayOff() {
        HolidayProvider newYork = HolidayProvider.publicHolidays("us", "ny");

        // 4 July 2026 is a Saturday, observed on Friday 3 July
        assertThat(newYork.holidaysIn(Year.of(2026)))
                .contains(LocalDate.of(2026, 7, 3))
                .doesNotContain(LocalDate.of(2026, 7, 4));
    }

    @Test
    void fixedProviderAnswersPerYear() {
        HolidayProvider fixed = HolidayProvider.of(List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 12, 24)));

        assertThat(fixed.holidaysIn(Year.of(2026))).containsExactly(LocalDate.of(2026, 12, 24));
        assertThat(fixed.holidaysIn(Year.of(2028))).isEmpty();
    }
}

package org.itm.core.time.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The range arithmetic under the weekly calendar, on inputs the public builder never hands it (it rejects
 * overlapping shifts), so that a closure or a future caller cannot rely on merging that does not happen.
 */
class DayRangesTest {

    @Test
    void normalizeSortsAndMergesOverlappingRanges() {
        assertThat(DayRanges.normalize(new int[] {3_600, 7_200, 0, 1_800, 1_000, 2_000}))
                .containsExactly(0, 2_000, 3_600, 7_200);
        assertThat(DayRanges.normalize(new int[] {0, 10_000, 5_000, 20_000})).containsExactly(0, 20_000);
    }

    @Test
    void normalizeKeepsTheLaterEndWhenARangeLiesInsideAnother() {
        assertThat(DayRanges.normalize(new int[] {0, 20_000, 5_000, 6_000})).containsExactly(0, 20_000);
    }

    @Test
    void normalizeJoinsRangesThatTouch() {
        assertThat(DayRanges.normalize(new int[] {0, 3_600, 3_600, 7_200})).containsExactly(0, 7_200);
    }

    @Test
    void normalizeDropsEmptyRanges() {
        assertThat(DayRanges.normalize(new int[] {500, 500, 3_600, 7_200})).containsExactly(3_600, 7_200);
        assertThat(DayRanges.normalize(new int[] {500, 500})).isEmpty();
        assertThat(DayRanges.normalize(new int[0])).isEmpty();
    }

    @Test
    void subtractCutsHolesAndEnds() {
        int[] office = {32_400, 43_200, 46_800, 61_200};

        // 10:00-11:00 closed, and everything from 16:00
        assertThat(DayRanges.subtract(office, new int[] {36_000, 39_600, 57_600, DayRanges.DAY}))
                .containsExactly(32_400, 36_000, 39_600, 43_200, 46_800, 57_600);
        // a cut over the lunch break takes the end of the morning and the start of the afternoon
        assertThat(DayRanges.subtract(office, new int[] {41_400, 50_400}))
                .containsExactly(32_400, 41_400, 50_400, 61_200);
        // a cut that starts or ends exactly where a range does leaves no empty piece behind
        assertThat(DayRanges.subtract(office, new int[] {32_400, 36_000, 57_600, 61_200}))
                .containsExactly(36_000, 43_200, 46_800, 57_600);
        assertThat(DayRanges.subtract(office, new int[] {0, DayRanges.DAY})).isEmpty();
        assertThat(DayRanges.subtract(office, new int[0])).containsExactly(office);
    }

    @Test
    void totalAddsTheLengthsOfTheRanges() {
        assertThat(DayRanges.total(new int[] {32_400, 43_200, 46_800, 61_200})).isEqualTo(25_200);
        assertThat(DayRanges.total(new int[] {0, DayRanges.DAY})).isEqualTo(DayRanges.DAY);
        assertThat(DayRanges.total(new int[0])).isZero();
    }
}

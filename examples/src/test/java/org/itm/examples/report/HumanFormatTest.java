package org.itm.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class HumanFormatTest {

    @Test
    void durationsReadAsDaysHoursAndMinutes() {
        assertThat(HumanFormat.duration(Duration.parse("PT154H23M"))).isEqualTo("6 d 10 h 23 min");
        assertThat(HumanFormat.duration(Duration.ofHours(3))).isEqualTo("3 h");
        assertThat(HumanFormat.duration(Duration.ofDays(2).plusMinutes(5))).isEqualTo("2 d 5 min");
        assertThat(HumanFormat.duration(Duration.ofMinutes(59).plusSeconds(31))).isEqualTo("1 h");
        assertThat(HumanFormat.duration(Duration.ofSeconds(40))).isEqualTo("40 s");
        assertThat(HumanFormat.duration(Duration.ZERO)).isEqualTo("0 s");
        assertThat(HumanFormat.duration(Duration.ofHours(-25))).isEqualTo("-1 d 1 h");
        assertThat(HumanFormat.duration(Duration.ofDays(1200))).isEqualTo("1,200 d");
    }

    @Test
    void hoursFromKpisReadAsDurations() {
        assertThat(HumanFormat.hours(154.3833333)).isEqualTo("6 d 10 h 23 min");
        assertThat(HumanFormat.hours(0.25)).isEqualTo("15 min");
    }

    @Test
    void countsAreWholeNumbers() {
        assertThat(HumanFormat.count(171.0)).isEqualTo("171");
        assertThat(HumanFormat.count(20769)).isEqualTo("20,769");
        assertThat(HumanFormat.figure("incidents", 171.0)).isEqualTo("171");
    }

    @Test
    void aCountTakesItsNounInTheRightNumber() {
        assertThat(HumanFormat.counted(1.0, "overdue patch", "overdue patches")).isEqualTo("1 overdue patch");
        assertThat(HumanFormat.counted(3, "overdue patch", "overdue patches")).isEqualTo("3 overdue patches");
        assertThat(HumanFormat.counted(0, "risk", "risks")).isEqualTo("0 risks");
    }

    @Test
    void aFiguresNameSaysItsKind() {
        assertThat(HumanFormat.figure("SLAs met %", 88.8)).isEqualTo("88.8%");
        assertThat(HumanFormat.figure("showback total EUR", 70500.5)).isEqualTo("70,500.50 EUR");
        assertThat(HumanFormat.figure("portfolio value selected kEUR", 1736.6)).isEqualTo("1,737 kEUR");
    }

    @Test
    void changesAreSignedInTheFiguresKind() {
        assertThat(HumanFormat.change("SLAs met %", 5.1)).isEqualTo("+5.1 pp");
        assertThat(HumanFormat.change("incidents", -3.0)).isEqualTo("-3");
        assertThat(HumanFormat.change("showback total EUR", -1000)).isEqualTo("-1,000.00 EUR");
        assertThat(HumanFormat.change("incidents", 0.0)).isEqualTo("±0");
        assertThat(HumanFormat.change("SLAs met %", -0.01)).isEqualTo("±0");
    }

    @Test
    void nonFiniteValuesAreRejected() {
        assertThatThrownBy(() -> HumanFormat.count(Double.NaN)).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("value");
        assertThatThrownBy(() -> HumanFormat.hours(Double.POSITIVE_INFINITY))
                .isInstanceOf(ItmValidationException.class).hasMessageContaining("hours");
    }
}

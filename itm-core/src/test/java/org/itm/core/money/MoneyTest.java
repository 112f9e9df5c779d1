package org.itm.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void aDecimalCommaIsRejectedNamingTheAmount() {
        assertThatThrownBy(() -> Money.of("12,50", "EUR")).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.path()).isEqualTo("amount");
                            assertThat(v.message()).contains("12,50");
                        }));
    }

    @Test
    void anUnknownCurrencyIsRejectedNamingTheCurrency() {
        assertThatThrownBy(() -> Money.of("12.50", "EURO")).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations().get(0).path())
                        .isEqualTo("currency"));
    }

    @Test
    void anUnknownCurrencyCodeIsReportedAgainstTheCallersField() {
        assertThatThrownBy(() -> Money.currency("XYZ1", "budget.currency")).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.path()).isEqualTo("budget.currency");
                            assertThat(v.message()).contains("XYZ1");
                        }));
        assertThatThrownBy(() -> Money.currency(" ", "ccy")).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations().get(0).path()).isEqualTo("ccy"));
        assertThat(Money.currency(" USD ", "ccy")).isEqualTo(Currency.getInstance("USD"));
    }

    @Test
    void aBadDecimalIsReportedAgainstTheCallersField() {
        assertThatThrownBy(() -> Money.decimal("1e", "capex")).isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations()).singleElement()
                        .satisfies(v -> assertThat(v.path()).isEqualTo("capex")));
        assertThat(Money.decimal(" 300000.50 ", "capex")).isEqualByComparingTo(new BigDecimal("300000.50"));
    }

    @Test
    void aDotDecimalParsesExactly() {
        assertThat(Money.of("12.50", "EUR").amount()).isEqualByComparingTo(new BigDecimal("12.50"));
    }

    @Test
    void zeroHasTheMinorUnitScaleOfItsCurrency() {
        assertThat(Money.zero(Currency.getInstance("EUR")).toString()).isEqualTo("0.00 EUR");
        assertThat(Money.zero(Currency.getInstance("JPY")).toString()).isEqualTo("0 JPY");
    }

    @Test
    void toStringShowsTheExactAmountAndRoundedRoundsHalfEvenToTheMinorUnit() {
        Money m = Money.of("10.125", "EUR");
        assertThat(m.toString()).isEqualTo("10.125 EUR");
        assertThat(m.rounded().toString()).isEqualTo("10.12 EUR");
        assertThat(m.isWholeMinorUnits()).isFalse();
        assertThat(m.rounded().isWholeMinorUnits()).isTrue();
    }

    @Test
    void amountsInDifferentCurrenciesDoNotCombine() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(ItmValidationException.class)
                .satisfies(e -> assertThat(((ItmValidationException) e).violations().get(0).path())
                        .isEqualTo("currency"));
    }

    @Test
    void numericEqualityIgnoresScaleWhileEqualsDoesNot() {
        assertThat(Money.of("1.0", "EUR").isEqualTo(Money.of("1.00", "EUR"))).isTrue();
        assertThat(Money.of("1.0", "EUR")).isNotEqualTo(Money.of("1.00", "EUR"));
    }
}

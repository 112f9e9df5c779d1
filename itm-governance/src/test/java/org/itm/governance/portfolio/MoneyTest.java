package org.itm.governance.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
    void aDotDecimalParsesExactly() {
        assertThat(Money.of("12.50", "EUR").amount()).isEqualByComparingTo(new BigDecimal("12.50"));
    }
}

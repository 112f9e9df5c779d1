package org.itm.capacity.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalTest {

    /**
     * Reference values: the standard normal quantiles as printed by R's {@code qnorm} with
     * {@code options(digits = 17)} (Wichura's AS 241 algorithm, accurate to about 1e-16), e.g.
     * {@code qnorm(0.975) = 1.959963984540054}; the tail value {@code qnorm(1e-10) = -6.3613409024040557}.
     */
    @Test
    void quantilesAgreeWithTheExactDistributionToDoublePrecision() {
        assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-13));
        assertThat(Normal.quantile(0.9)).isCloseTo(1.2815515655446004, within(1e-13));
        assertThat(Normal.quantile(0.5)).isCloseTo(0, within(1e-15));
        assertThat(Normal.quantile(1e-10)).isCloseTo(-6.3613409024040557, within(1e-12));
    }
}

package org.itm.governance.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.itm.core.ItmValidationException;
import org.junit.jupiter.api.Test;

class FinancialsTest {

    static List<BigDecimal> flows(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void npvMatchesHandComputedValues() {
        // 300/1.1 + 400/1.21 + 500/1.331 - 1000 = 272.7273 + 330.5785 + 375.6574 - 1000 = -21.0368
        assertThat(Financials.npv(0.10, flows("-1000", "300", "400", "500"))).isEqualByComparingTo("-21.04");
        // 300/1.05 + 400/1.1025 + 500/1.157625 - 1000 = 285.7143 + 362.8118 + 431.9188 - 1000 = 80.4449
        assertThat(Financials.npv(0.05, flows("-1000", "300", "400", "500"))).isEqualByComparingTo("80.44");
        assertThat(Financials.npv(0.0, flows("-1000", "300", "400", "500"))).isEqualByComparingTo("200.00");
    }

    @Test
    void irrMatchesHandComputedValues() {
        // -100 + 110/(1+r) = 0  =>  r = 10 %
        assertThat(Financials.irr(flows("-100", "110")).irr()).hasValueSatisfying(r -> assertThat(r).isCloseTo(0.10, within(1e-9)));
        // -1000 + 1210/(1+r)^2 = 0  =>  (1+r)^2 = 1.21  =>  r = 10 %
        assertThat(Financials.irr(flows("-1000", "0", "1210")).irr()).hasValueSatisfying(r -> assertThat(r).isCloseTo(0.10, within(1e-9)));
        // NPV(5 %) > 0 > NPV(10 %) above, so the IRR lies between; check it zeroes the NPV
        double irr = Financials.irr(flows("-1000", "300", "400", "500")).irr().orElseThrow();
        assertThat(irr).isBetween(0.05, 0.10);
        assertThat(Financials.npv(irr, flows("-1000", "300", "400", "500"))).isEqualByComparingTo("0.00");
    }

    @Test
    void irrReportsWhenThereIsNone() {
        IrrResult allOut = Financials.irr(flows("-100", "-50"));
        assertThat(allOut.irr()).isEmpty();
        assertThat(allOut.explanation()).contains("at least one inflow and one outflow");
    }

    @Test
    void irrReportsSeveralRootsForNonConventionalFlows() {
        // -100 x^2 + 230 x - 132 = 0 with x = 1+r  =>  x = 1.1 or 1.2
        IrrResult r = Financials.irr(flows("-100", "230", "-132"));
        assertThat(r.irr()).isEmpty();
        assertThat(r.roots()).hasSize(2);
        assertThat(r.roots().get(0)).isCloseTo(0.10, within(1e-9));
        assertThat(r.roots().get(1)).isCloseTo(0.20, within(1e-9));
        assertThat(r.explanation()).contains("change sign 2 times");
    }

    @Test
    void paybackInterpolatesWithinTheYear() {
        // cumulative -1000, -700, -300, +200: the last 300 are recovered 300/500 into year 3
        assertThat(Financials.paybackYears(flows("-1000", "300", "400", "500"))).hasValueSatisfying(
                p -> assertThat(p).isEqualByComparingTo("2.6"));
        assertThat(Financials.paybackYears(flows("-1000", "100"))).isEmpty();
        // discounted at 10 % the project never pays back (NPV -21.04)
        assertThat(Financials.discountedPaybackYears(0.10, flows("-1000", "300", "400", "500"))).isEmpty();
    }

    @Test
    void roiIsNetGainOverInvestment() {
        assertThat(Financials.roi(flows("-1000", "300", "400", "500"))).hasValueSatisfying(
                r -> assertThat(r).isEqualByComparingTo("0.2"));
        assertThat(Financials.roi(flows("10", "20"))).isEmpty();
    }

    @Test
    void rejectsRatesAtOrBelowMinusOneHundredPercent() {
        assertThatThrownBy(() -> Financials.npv(-1.0, flows("1"))).isInstanceOf(ItmValidationException.class)
                .hasMessageContaining("rate");
    }
}

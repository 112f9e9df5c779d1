package org.itm.risk.fair;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.itm.core.validation.Checks;

/**
 * The value of a control: expected annual loss without and with it, the reduction, the control's annual cost and
 * the return on control, (reduction − cost) / cost. Amounts are rounded half-even to the currency's minor unit.
 *
 * @param currency      currency of all amounts
 * @param lossBefore    expected annual loss without the control
 * @param lossAfter     expected annual loss with the control
 * @param reduction     lossBefore − lossAfter
 * @param annualCost    yearly cost of the control
 * @param returnOnControl (reduction − cost) / cost, 4 decimals; negative when the control costs more than it saves
 * @since 0.1
 */
public record ControlEffect(Currency currency, BigDecimal lossBefore, BigDecimal lossAfter, BigDecimal reduction,
                            BigDecimal annualCost, BigDecimal returnOnControl) {

    /**
     * Checks the components.
     *
     * @param currency      currency of all amounts
     * @param lossBefore    expected annual loss without the control
     * @param lossAfter     expected annual loss with the control
     * @param reduction     lossBefore − lossAfter
     * @param annualCost    yearly cost of the control
     * @param returnOnControl (reduction − cost) / cost, 4 decimals; negative when the control costs more than it saves
     * @throws org.itm.core.ItmValidationException naming {@code currency}, {@code reduction} or
     *                                             {@code returnOnControl} when null; {@code lossBefore},
     *                                             {@code lossAfter} or {@code annualCost} when negative
     */
    public ControlEffect {
        Checks.notNull(currency, "currency");
        Checks.notNegative(lossBefore, "lossBefore");
        Checks.notNegative(lossAfter, "lossAfter");
        Checks.notNull(reduction, "reduction");
        Checks.notNegative(annualCost, "annualCost");
        Checks.notNull(returnOnControl, "returnOnControl");
    }

    /**
     * Builds the effect from two expected losses (e.g. means of simulations) and the control's yearly cost.
     *
     * @param currency           currency of all amounts; its minor unit sets the rounding (cents for EUR)
     * @param expectedLossBefore expected annual loss without the control, ≥ 0
     * @param expectedLossAfter  expected annual loss with the control, ≥ 0
     * @param annualCost         yearly cost of the control, &gt; 0
     * @return the effect, amounts rounded half-even to the currency's minor unit, the return to 4 decimals
     * @throws org.itm.core.ItmValidationException naming {@code currency} when null, {@code lossBefore} or
     *                                             {@code lossAfter} when negative, {@code annualCost} when null
     *                                             or not positive
     */
    public static ControlEffect of(Currency currency, double expectedLossBefore, double expectedLossAfter,
                                   BigDecimal annualCost) {
        Checks.notNull(currency, "currency");
        Checks.notNegative(expectedLossBefore, "lossBefore");
        Checks.notNegative(expectedLossAfter, "lossAfter");
        Checks.notNegative(annualCost, "annualCost");
        Checks.require(annualCost.signum() > 0, "annualCost", "must be positive to compute a return");
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal before = BigDecimal.valueOf(expectedLossBefore).setScale(digits, RoundingMode.HALF_EVEN);
        BigDecimal after = BigDecimal.valueOf(expectedLossAfter).setScale(digits, RoundingMode.HALF_EVEN);
        BigDecimal reduction = before.subtract(after);
        BigDecimal cost = annualCost.setScale(digits, RoundingMode.HALF_EVEN);
        BigDecimal roc = reduction.subtract(cost).divide(cost, 4, RoundingMode.HALF_EVEN);
        return new ControlEffect(currency, before, after, reduction, cost, roc);
    }
}

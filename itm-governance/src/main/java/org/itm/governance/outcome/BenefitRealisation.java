package org.itm.governance.outcome;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.itm.core.validation.Checks;
import org.itm.governance.portfolio.Initiative;
import org.itm.governance.portfolio.InitiativeId;
import org.itm.core.money.Money;
import org.itm.governance.portfolio.YearBenefit;

/**
 * Planned versus actual benefit of an initiative per year up to a year, with the cumulative totals and the
 * realisation ratio. Made by {@link #of}; amounts are in the initiative's currency.
 *
 * @param initiative    the initiative
 * @param planned       year → the benefit estimated for that year, for the years up to the one asked for
 * @param actual        year → the benefit realised that year, for the years up to the one asked for
 * @param plannedToDate the sum of {@code planned}, rounded half-even to the currency's minor unit
 * @param actualToDate  the sum of {@code actual}, rounded half-even to the currency's minor unit
 * @param ratio         {@code actualToDate / plannedToDate} rounded half-even to 4 decimals ({@code 0.8000} is 80 %
 *                      realised, above 1 is more than planned); empty while no benefit was planned yet
 * @since 0.1
 */
public record BenefitRealisation(InitiativeId initiative, Map<Integer, Money> planned, Map<Integer, Money> actual,
                                 Money plannedToDate, Money actualToDate, Optional<BigDecimal> ratio) {

    /**
     * Copies the maps, which are unmodifiable from then on.
     *
     * @param initiative    the initiative
     * @param planned       year → the benefit estimated for that year, for the years up to the one asked for
     * @param actual        year → the benefit realised that year, for the years up to the one asked for
     * @param plannedToDate the sum of {@code planned}, rounded half-even to the currency's minor unit
     * @param actualToDate  the sum of {@code actual}, rounded half-even to the currency's minor unit
     * @param ratio         {@code actualToDate / plannedToDate} rounded half-even to 4 decimals ({@code 0.8000} is 80 %
     *                      realised, above 1 is more than planned); empty while no benefit was planned yet
     */
    public BenefitRealisation {
        planned = Map.copyOf(planned);
        actual = Map.copyOf(actual);
    }

    /**
     * Compares the initiative's benefit estimates with {@code actuals} for every year up to {@code throughYear};
     * later years of either are left out.
     *
     * @param initiative  the initiative, whose {@link Initiative#benefits()} are the plan
     * @param actuals     year → benefit realised, in the initiative's currency, zero or more; years may be missing
     * @param throughYear the last year counted, inclusive
     * @return planned and actual benefit per year, the totals and their ratio
     * @throws org.itm.core.ItmValidationException naming {@code initiative} or {@code actuals} when null, or
     *                                             {@code actuals[YEAR]} for a negative amount
     */
    public static BenefitRealisation of(Initiative initiative, Map<Integer, BigDecimal> actuals, int throughYear) {
        Checks.notNull(initiative, "initiative");
        Checks.notNull(actuals, "actuals");
        actuals.forEach((y, a) -> Checks.notNegative(a, "actuals[" + y + "]"));
        var cur = initiative.currency();
        Map<Integer, Money> planned = new TreeMap<>();
        Map<Integer, Money> actual = new TreeMap<>();
        BigDecimal p = BigDecimal.ZERO;
        BigDecimal a = BigDecimal.ZERO;
        for (YearBenefit b : initiative.benefits()) {
            if (b.year() <= throughYear) {
                planned.put(b.year(), new Money(b.amount(), cur));
                p = p.add(b.amount());
            }
        }
        for (var e : actuals.entrySet()) {
            if (e.getKey() <= throughYear) {
                actual.put(e.getKey(), new Money(e.getValue(), cur));
                a = a.add(e.getValue());
            }
        }
        Optional<BigDecimal> ratio = p.signum() == 0 ? Optional.empty()
                : Optional.of(a.divide(p, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_EVEN));
        return new BenefitRealisation(initiative.id(), planned, actual, new Money(p, cur).rounded(), new Money(a, cur).rounded(), ratio);
    }
}

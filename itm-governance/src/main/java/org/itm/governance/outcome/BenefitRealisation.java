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
 * realisation ratio (actual / planned, rounded half-even to 4 decimals; empty while nothing was planned yet).
 */
public record BenefitRealisation(InitiativeId initiative, Map<Integer, Money> planned, Map<Integer, Money> actual,
                                 Money plannedToDate, Money actualToDate, Optional<BigDecimal> ratio) {

    public BenefitRealisation {
        planned = Map.copyOf(planned);
        actual = Map.copyOf(actual);
    }

    /** Compares the initiative's benefit estimates with {@code actuals} for every year up to {@code throughYear}. */
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

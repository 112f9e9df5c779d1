package org.itm.governance.prioritisation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.itm.core.validation.Checks;

/**
 * Financial measures of a yearly cash-flow series (index 0 = now, undiscounted; negative = outflow): NPV at a
 * discount rate, IRR, simple and discounted payback period and ROI.
 *
 * <p>Money results are rounded half-even to 2 decimals; ratios are computed with 34 significant digits and rounded
 * half-even to 6 decimals.
 *
 * @since 0.1
 */
public final class Financials {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final double MIN_RATE = -0.99;
    private static final double MAX_RATE = 10.0;
    private static final int GRID = 4000;

    private Financials() {
    }

    /**
     * Net present value: {@code Σ CF_t / (1 + rate)^t}, rounded half-even to 2 decimals.
     *
     * @param rate      the discount rate per year as a fraction, e.g. {@code 0.08} for 8 %; finite, above −1
     * @param cashFlows the yearly flows, index 0 = now; at least one
     * @return the NPV in the flows' currency
     * @throws org.itm.core.ItmValidationException naming {@code rate} when not finite or at or below −1,
     *                                             {@code cashFlows} when null or empty, or {@code cashFlows[i]} for a
     *                                             null flow
     */
    public static BigDecimal npv(double rate, List<BigDecimal> cashFlows) {
        checkFlows(cashFlows);
        Checks.require(Double.isFinite(rate) && rate > -1, "rate", "must be a finite rate above -100%, was " + rate);
        BigDecimal factor = BigDecimal.ONE.add(new BigDecimal(Double.toString(rate)));
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ONE;
        for (BigDecimal cf : cashFlows) {
            sum = sum.add(cf.divide(discount, MC));
            discount = discount.multiply(factor, MC);
        }
        return sum.setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * Internal rate of return. Scans the NPV curve over rates from −99 % to 1000 % for sign changes and refines
     * each by bisection to 1e-10, so it never diverges like Newton's method can; reports no IRR when all flows
     * have one sign or the NPV never crosses zero, and several roots (and no single IRR) for non-conventional flows.
     *
     * @param cashFlows the yearly flows, index 0 = now; at least one
     * @return the IRR as a fraction per year (e.g. {@code 0.1532} for 15.32 %) when unique, the roots found and an
     *         explanation
     * @throws org.itm.core.ItmValidationException naming {@code cashFlows} when null or empty, or
     *                                             {@code cashFlows[i]} for a null flow
     */
    public static IrrResult irr(List<BigDecimal> cashFlows) {
        checkFlows(cashFlows);
        double[] cf = cashFlows.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        boolean pos = false;
        boolean neg = false;
        int signChanges = 0;
        int lastSign = 0;
        for (double c : cf) {
            pos |= c > 0;
            neg |= c < 0;
            int s = (int) Math.signum(c);
            if (s != 0) {
                if (lastSign != 0 && s != lastSign) {
                    signChanges++;
                }
                lastSign = s;
            }
        }
        if (!pos || !neg) {
            return new IrrResult(Optional.empty(), List.of(),
                    "no IRR: the cash flows need at least one inflow and one outflow");
        }
        List<Double> roots = new ArrayList<>();
        double lo = Math.log1p(MIN_RATE);
        double hi = Math.log1p(MAX_RATE);
        double prevRate = MIN_RATE;
        double prevValue = npvDouble(prevRate, cf);
        for (int k = 1; k <= GRID; k++) {
            double rate = Math.expm1(lo + (hi - lo) * k / GRID);
            double value = npvDouble(rate, cf);
            if (value == 0) {
                addRoot(roots, rate);
            } else if (prevValue != 0 && Math.signum(value) != Math.signum(prevValue)) {
                addRoot(roots, bisect(prevRate, rate, prevValue, cf));
            }
            prevRate = rate;
            prevValue = value;
        }
        if (roots.isEmpty()) {
            return new IrrResult(Optional.empty(), List.of(),
                    "no IRR: the NPV does not cross zero for any rate between -99% and 1000%");
        }
        if (roots.size() > 1) {
            return new IrrResult(Optional.empty(), roots, "no single IRR: the cash flows change sign " + signChanges
                    + " times and the NPV is zero at " + roots.size() + " rates " + pct(roots) + "; use NPV instead");
        }
        return new IrrResult(Optional.of(roots.get(0)), roots,
                String.format(Locale.ROOT, "IRR %.4f%%: the NPV is zero at this rate", roots.get(0) * 100));
    }

    /**
     * Years until the cumulative undiscounted cash flow turns non-negative, interpolated linearly within the
     * year it happens; empty when it never does. Year 0 counts as time 0.
     *
     * @param cashFlows the yearly flows, index 0 = now; at least one
     * @return the payback in years, 6 decimals (e.g. {@code 2.600000}); empty when the flows never pay back
     * @throws org.itm.core.ItmValidationException naming {@code cashFlows} when null or empty, or
     *                                             {@code cashFlows[i]} for a null flow
     */
    public static Optional<BigDecimal> paybackYears(List<BigDecimal> cashFlows) {
        checkFlows(cashFlows);
        return payback(cashFlows);
    }

    /**
     * Like {@link #paybackYears(List)} but on flows discounted at {@code rate}; never shorter than the simple
     * payback for a positive rate.
     *
     * @param rate      the discount rate per year as a fraction; finite, above −1
     * @param cashFlows the yearly flows, index 0 = now; at least one
     * @return the discounted payback in years, 6 decimals; empty when the discounted flows never pay back
     * @throws org.itm.core.ItmValidationException naming {@code rate} when not finite or at or below −1,
     *                                             {@code cashFlows} when null or empty, or {@code cashFlows[i]} for a
     *                                             null flow
     */
    public static Optional<BigDecimal> discountedPaybackYears(double rate, List<BigDecimal> cashFlows) {
        checkFlows(cashFlows);
        Checks.require(Double.isFinite(rate) && rate > -1, "rate", "must be a finite rate above -100%, was " + rate);
        BigDecimal factor = BigDecimal.ONE.add(new BigDecimal(Double.toString(rate)));
        List<BigDecimal> discounted = new ArrayList<>();
        BigDecimal d = BigDecimal.ONE;
        for (BigDecimal cf : cashFlows) {
            discounted.add(cf.divide(d, MC));
            d = d.multiply(factor, MC);
        }
        return payback(discounted);
    }

    /**
     * Return on investment: {@code (inflows − outflows) / outflows} over the whole series, undiscounted, rounded
     * half-even to 6 decimals; empty when there are no outflows (nothing was invested).
     *
     * @param cashFlows the yearly flows; at least one
     * @return the ROI as a fraction, e.g. {@code 0.400000} for 40 %
     * @throws org.itm.core.ItmValidationException naming {@code cashFlows} when null or empty, or
     *                                             {@code cashFlows[i]} for a null flow
     */
    public static Optional<BigDecimal> roi(List<BigDecimal> cashFlows) {
        checkFlows(cashFlows);
        BigDecimal in = cashFlows.stream().filter(c -> c.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal out = cashFlows.stream().filter(c -> c.signum() < 0).map(BigDecimal::negate)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (out.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(in.subtract(out).divide(out, MC).setScale(6, RoundingMode.HALF_EVEN));
    }

    private static Optional<BigDecimal> payback(List<BigDecimal> flows) {
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int t = 0; t < flows.size(); t++) {
            BigDecimal before = cumulative;
            cumulative = cumulative.add(flows.get(t));
            if (cumulative.signum() >= 0 && (before.signum() < 0 || t == 0)) {
                if (t == 0) {
                    return Optional.of(BigDecimal.ZERO.setScale(6));
                }
                BigDecimal fraction = before.negate().divide(flows.get(t), MC);
                return Optional.of(BigDecimal.valueOf(t - 1).add(fraction).setScale(6, RoundingMode.HALF_EVEN));
            }
        }
        return Optional.empty();
    }

    private static void addRoot(List<Double> roots, double r) {
        if (roots.isEmpty() || Math.abs(roots.get(roots.size() - 1) - r) > 1e-9) {
            roots.add(r);
        }
    }

    private static double bisect(double a, double b, double fa, double[] cf) {
        for (int i = 0; i < 200 && b - a > 1e-12; i++) {
            double m = (a + b) / 2;
            double fm = npvDouble(m, cf);
            if (fm == 0) {
                return m;
            }
            if (Math.signum(fm) == Math.signum(fa)) {
                a = m;
                fa = fm;
            } else {
                b = m;
            }
        }
        return (a + b) / 2;
    }

    private static double npvDouble(double rate, double[] cf) {
        double v = 1 / (1 + rate);
        double sum = 0;
        for (int t = cf.length - 1; t >= 0; t--) {
            sum = sum * v + cf[t];
        }
        return sum;
    }

    private static String pct(List<Double> roots) {
        return roots.stream().map(r -> String.format(Locale.ROOT, "%.2f%%", r * 100)).toList().toString();
    }

    private static void checkFlows(List<BigDecimal> cashFlows) {
        Checks.notEmpty(cashFlows, "cashFlows");
        for (int i = 0; i < cashFlows.size(); i++) {
            Checks.notNull(cashFlows.get(i), "cashFlows[" + i + "]");
        }
    }
}

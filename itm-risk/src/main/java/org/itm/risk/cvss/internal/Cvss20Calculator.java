package org.itm.risk.cvss.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import org.itm.risk.cvss.Cvss20Score;
import org.itm.risk.cvss.Cvss20Vector;

/**
 * The CVSS v2.0 equations (guide section 3.2) in exact decimal arithmetic: the guide's constants are decimals and
 * its {@code round_to_1_decimal} rounds half-up, which binary floating point gets wrong at exact halves.
 * A negative result (possible for tiny impacts) is reported as 0.0.
 */
public final class Cvss20Calculator {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal TEN = BigDecimal.TEN;

    private Cvss20Calculator() {
    }

    /** The scores of {@code vector}. */
    public static Cvss20Score score(Cvss20Vector vector) {
        Map<String, String> m = vector.metrics();
        BigDecimal c = cia(baseMetric(m, "C"));
        BigDecimal i = cia(baseMetric(m, "I"));
        BigDecimal a = cia(baseMetric(m, "A"));
        BigDecimal impact = d("10.41").multiply(ONE.subtract(ONE.subtract(c).multiply(ONE.subtract(i))
                .multiply(ONE.subtract(a))));
        BigDecimal exploitability = d("20").multiply(accessVector(baseMetric(m, "AV")))
                .multiply(accessComplexity(baseMetric(m, "AC"))).multiply(authentication(baseMetric(m, "Au")));
        BigDecimal base = base(impact, exploitability);

        BigDecimal e = exploitability(get(m, "E"));
        BigDecimal rl = remediationLevel(get(m, "RL"));
        BigDecimal rc = reportConfidence(get(m, "RC"));
        BigDecimal temporal = round(base.multiply(e).multiply(rl).multiply(rc));

        BigDecimal adjustedImpact = TEN.min(d("10.41").multiply(ONE.subtract(
                ONE.subtract(c.multiply(requirement(get(m, "CR"))))
                        .multiply(ONE.subtract(i.multiply(requirement(get(m, "IR")))))
                        .multiply(ONE.subtract(a.multiply(requirement(get(m, "AR"))))))));
        BigDecimal adjustedTemporal = round(base(adjustedImpact, exploitability).multiply(e).multiply(rl).multiply(rc));
        BigDecimal environmental = round(adjustedTemporal.add(TEN.subtract(adjustedTemporal)
                .multiply(collateralDamage(get(m, "CDP")))).multiply(targetDistribution(get(m, "TD"))));
        return new Cvss20Score(vector, base, impact.stripTrailingZeros(), exploitability.stripTrailingZeros(),
                temporal, adjustedImpact.stripTrailingZeros(), environmental);
    }

    private static BigDecimal base(BigDecimal impact, BigDecimal exploitability) {
        BigDecimal f = impact.signum() == 0 ? BigDecimal.ZERO : d("1.176");
        return round(d("0.6").multiply(impact).add(d("0.4").multiply(exploitability)).subtract(d("1.5")).multiply(f));
    }

    private static BigDecimal round(BigDecimal value) {
        BigDecimal r = value.setScale(1, RoundingMode.HALF_UP);
        return r.signum() < 0 ? new BigDecimal("0.0") : r;
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static String get(Map<String, String> m, String metric) {
        return m.getOrDefault(metric, "ND");
    }

    private static BigDecimal accessVector(String v) {
        return switch (v) {
            case "L" -> d("0.395");
            case "A" -> d("0.646");
            case "N" -> ONE;
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static BigDecimal accessComplexity(String v) {
        return switch (v) {
            case "H" -> d("0.35");
            case "M" -> d("0.61");
            case "L" -> d("0.71");
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static BigDecimal authentication(String v) {
        return switch (v) {
            case "M" -> d("0.45");
            case "S" -> d("0.56");
            case "N" -> d("0.704");
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static BigDecimal cia(String v) {
        return switch (v) {
            case "N" -> BigDecimal.ZERO;
            case "P" -> d("0.275");
            case "C" -> d("0.660");
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static BigDecimal exploitability(String v) {
        return switch (v) {
            case "U" -> d("0.85");
            case "POC" -> d("0.9");
            case "F" -> d("0.95");
            case "H", "ND" -> ONE;
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static BigDecimal remediationLevel(String v) {
        return switch (v) {
            case "OF" -> d("0.87");
            case "TF" -> d("0.90");
            case "W" -> d("0.95");
            case "U", "ND" -> ONE;
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static BigDecimal reportConfidence(String v) {
        return switch (v) {
            case "UC" -> d("0.90");
            case "UR" -> d("0.95");
            case "C", "ND" -> ONE;
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static BigDecimal collateralDamage(String v) {
        return switch (v) {
            case "N", "ND" -> BigDecimal.ZERO;
            case "L" -> d("0.1");
            case "LM" -> d("0.3");
            case "MH" -> d("0.4");
            case "H" -> d("0.5");
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static BigDecimal targetDistribution(String v) {
        return switch (v) {
            case "N" -> BigDecimal.ZERO;
            case "L" -> d("0.25");
            case "M" -> d("0.75");
            case "H", "ND" -> ONE;
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static BigDecimal requirement(String v) {
        return switch (v) {
            case "L" -> d("0.5");
            case "M", "ND" -> ONE;
            case "H" -> d("1.51");
            default -> throw new IllegalArgumentException(v);
        };
    }

    /** A base metric: the vector's constructor rejected a vector without every one of them. */
    private static String baseMetric(Map<String, String> m, String metric) {
        return Objects.requireNonNull(m.get(metric), metric);
    }
}

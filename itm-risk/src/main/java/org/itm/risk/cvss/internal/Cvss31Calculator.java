package org.itm.risk.cvss.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.itm.risk.cvss.Cvss30Score;
import org.itm.risk.cvss.Cvss30Vector;
import org.itm.risk.cvss.Cvss31Score;
import org.itm.risk.cvss.Cvss31Vector;

/**
 * The CVSS v3.1 equations (specification section 7) and the v3.0 ones they revised. Only {@code Roundup} deviates
 * from plain floating point: it works on an integer scaled by 100,000 exactly as the v3.1 specification's
 * Appendix A defines, so that e.g. 9.9 is not pushed to 10.0 by a representation error. v3.0 defines Roundup as
 * the plain ceiling to one decimal of the exact value; the same integer form computes that ceiling for every
 * vector, because the exact values of the v3.0 equations never fall within 10<sup>-5</sup> above a tenth without
 * being on it (checked against every v3.0 vector of the public test sets).
 *
 * <p>v3.0 differs from v3.1 in one equation: the modified impact of a changed scope is
 * {@code 7.52 × (MISS − 0.029) − 3.25 × (MISS − 0.02)^15} (v3.1: {@code (MISS × 0.9731 − 0.02)^13}).
 */
public final class Cvss31Calculator {

    private Cvss31Calculator() {
    }

    /** The scores of a v3.1 vector. */
    public static Cvss31Score score(Cvss31Vector vector) {
        double[] r = compute(vector.metrics(), false);
        return new Cvss31Score(vector, decimal(r[0]), r[1], r[2], decimal(r[3]), decimal(r[4]));
    }

    /** The scores of a v3.0 vector. */
    public static Cvss30Score score(Cvss30Vector vector) {
        double[] r = compute(vector.metrics(), true);
        return new Cvss30Score(vector, decimal(r[0]), r[1], r[2], decimal(r[3]), decimal(r[4]));
    }

    /** base, impact, exploitability, temporal, environmental. */
    private static double[] compute(Map<String, String> m, boolean v30) {
        boolean changed = baseMetric(m, "S").equals("C");
        double av = attackVector(baseMetric(m, "AV"));
        double ac = attackComplexity(baseMetric(m, "AC"));
        double pr = privileges(baseMetric(m, "PR"), changed);
        double ui = userInteraction(baseMetric(m, "UI"));
        double c = cia(baseMetric(m, "C"));
        double i = cia(baseMetric(m, "I"));
        double a = cia(baseMetric(m, "A"));

        double iss = 1 - (1 - c) * (1 - i) * (1 - a);
        double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
        double exploitability = 8.22 * av * ac * pr * ui;
        double base;
        if (impact <= 0) {
            base = 0;
        } else if (changed) {
            base = roundup(Math.min(1.08 * (impact + exploitability), 10));
        } else {
            base = roundup(Math.min(impact + exploitability, 10));
        }

        double e = exploitMaturity(get(m, "E"));
        double rl = remediationLevel(get(m, "RL"));
        double rc = reportConfidence(get(m, "RC"));
        double temporal = roundup(base * e * rl * rc);

        String ms = modified(m, "MS", "S");
        boolean modChanged = ms.equals("C");
        double mav = attackVector(modified(m, "MAV", "AV"));
        double mac = attackComplexity(modified(m, "MAC", "AC"));
        double mpr = privileges(modified(m, "MPR", "PR"), modChanged);
        double mui = userInteraction(modified(m, "MUI", "UI"));
        double mc = cia(modified(m, "MC", "C"));
        double mi = cia(modified(m, "MI", "I"));
        double ma = cia(modified(m, "MA", "A"));
        double cr = requirement(get(m, "CR"));
        double ir = requirement(get(m, "IR"));
        double ar = requirement(get(m, "AR"));

        double miss = Math.min(1 - (1 - cr * mc) * (1 - ir * mi) * (1 - ar * ma), 0.915);
        double modImpact;
        if (!modChanged) {
            modImpact = 6.42 * miss;
        } else if (v30) {
            modImpact = 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss - 0.02, 15);
        } else {
            modImpact = 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss * 0.9731 - 0.02, 13);
        }
        double modExploitability = 8.22 * mav * mac * mpr * mui;
        double environmental;
        if (modImpact <= 0) {
            environmental = 0;
        } else if (modChanged) {
            environmental = roundup(roundup(Math.min(1.08 * (modImpact + modExploitability), 10)) * e * rl * rc);
        } else {
            environmental = roundup(roundup(Math.min(modImpact + modExploitability, 10)) * e * rl * rc);
        }
        return new double[] {base, impact, exploitability, temporal, environmental};
    }

    /**
     * The smallest number with one decimal that is equal to or higher than {@code value}, computed on integers
     * (specification Appendix A) to avoid floating-point error.
     */
    public static double roundup(double value) {
        long intInput = Math.round(value * 100_000);
        if (intInput % 10_000 == 0) {
            return intInput / 100_000.0;
        }
        return (Math.floorDiv(intInput, 10_000) + 1) / 10.0;
    }

    private static BigDecimal decimal(double oneDecimal) {
        return BigDecimal.valueOf(Math.round(oneDecimal * 10), 1);
    }

    private static String get(Map<String, String> m, String metric) {
        return m.getOrDefault(metric, "X");
    }

    private static String modified(Map<String, String> m, String modifiedMetric, String baseMetric) {
        String value = get(m, modifiedMetric);
        return value.equals("X") ? baseMetric(m, baseMetric) : value;
    }

    private static double attackVector(String v) {
        return switch (v) {
            case "N" -> 0.85;
            case "A" -> 0.62;
            case "L" -> 0.55;
            case "P" -> 0.2;
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static double attackComplexity(String v) {
        return v.equals("L") ? 0.77 : 0.44;
    }

    private static double privileges(String v, boolean scopeChanged) {
        return switch (v) {
            case "N" -> 0.85;
            case "L" -> scopeChanged ? 0.68 : 0.62;
            case "H" -> scopeChanged ? 0.5 : 0.27;
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static double userInteraction(String v) {
        return v.equals("N") ? 0.85 : 0.62;
    }

    private static double cia(String v) {
        return switch (v) {
            case "H" -> 0.56;
            case "L" -> 0.22;
            case "N" -> 0;
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static double exploitMaturity(String v) {
        return switch (v) {
            case "X", "H" -> 1;
            case "F" -> 0.97;
            case "P" -> 0.94;
            case "U" -> 0.91;
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static double remediationLevel(String v) {
        return switch (v) {
            case "X", "U" -> 1;
            case "W" -> 0.97;
            case "T" -> 0.96;
            case "O" -> 0.95;
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static double reportConfidence(String v) {
        return switch (v) {
            case "X", "C" -> 1;
            case "R" -> 0.96;
            case "U" -> 0.92;
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static double requirement(String v) {
        return switch (v) {
            case "X", "M" -> 1;
            case "H" -> 1.5;
            case "L" -> 0.5;
            default -> throw new IllegalArgumentException(v);
        };
    }

    /** A base metric: the vector's constructor rejected a vector without every one of them. */
    private static String baseMetric(Map<String, String> m, String metric) {
        return Objects.requireNonNull(m.get(metric), metric);
    }
}

package org.itm.metrics.analysis;

/** The standard normal distribution function, accurate to about 1e-7 (enough for p-values). */
final class Normal {

    private Normal() {
    }

    static double cdf(double x) {
        return 0.5 * (1 + erf(x / Math.sqrt(2)));
    }

    /** Abramowitz and Stegun 7.1.26 rational approximation of the error function. */
    static double erf(double x) {
        double sign = Math.signum(x);
        double a = Math.abs(x);
        double t = 1 / (1 + 0.3275911 * a);
        double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
                + 0.254829592) * t * Math.exp(-a * a);
        return sign * y;
    }
}

package dev.fecunit.verdict;

/**
 * Student's t and Fisher's F distributions for non-integer degrees of freedom (Welch-Satterthwaite
 * gives fractional ones), through the regularized incomplete beta function. Accurate to about 1e-10,
 * far below what a verdict needs.
 */
final class StudentT {

    private StudentT() {
    }

    /**
     * The {@code p}-quantile of Student's t with {@code df} degrees of freedom, e.g. 12.706 for
     * {@code (0.975, 1)}, 2.776 for {@code (0.975, 4)}, 1.960 as {@code df} grows without bound.
     */
    static double quantile(double p, double df) {
        if (!(p > 0 && p < 1) || !(df > 0)) {
            throw new IllegalArgumentException("t quantile needs 0 < p < 1 and df > 0 but got p=" + p + ", df=" + df);
        }
        if (p == 0.5) {
            return 0;
        }
        if (p < 0.5) {
            return -quantile(1 - p, df);
        }
        if (Double.isInfinite(df) || df > 1e7) {
            return normalQuantile(p);
        }
        // The upper tail 1 - cdf(t) falls monotonically in t: bisect on it.
        double tail = 1 - p;
        double lo = 0;
        double hi = 1;
        while (upperTail(hi, df) > tail) {
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
            double mid = (lo + hi) / 2;
            if (upperTail(mid, df) > tail) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** {@code P(T > t)} for {@code t >= 0}. */
    static double upperTail(double t, double df) {
        return 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** {@code P(F > f)} for Fisher's F with {@code (d1, d2)} degrees of freedom. */
    static double fUpperTail(double f, double d1, double d2) {
        if (!(f > 0)) {
            return 1;
        }
        if (Double.isInfinite(d2)) {
            d2 = 1e9;
        }
        return incompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
    }

    /** The standard normal quantile, by bisection on the distribution function. */
    static double normalQuantile(double p) {
        double lo = -40;
        double hi = 40;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (normalCdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double normalCdf(double x) {
        return x >= 0 ? 1 - 0.5 * erfc(x / Math.sqrt(2)) : 0.5 * erfc(-x / Math.sqrt(2));
    }

    /** Complementary error function for {@code x >= 0}, from the incomplete gamma function's relation. */
    private static double erfc(double x) {
        // erfc(x) = Q(1/2, x^2), the regularized upper incomplete gamma function.
        return x == 0 ? 1 : upperIncompleteGamma(0.5, x * x);
    }

    private static double upperIncompleteGamma(double a, double x) {
        if (x < a + 1) {
            double sum = 1 / a;
            double term = sum;
            for (int n = 1; n < 500; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * 1e-16) {
                    break;
                }
            }
            return 1 - sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
        }
        // Continued fraction (modified Lentz).
        double b = x + 1 - a;
        double c = 1 / 1e-300;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 500; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < 1e-300 ? 1e-300 : d;
            c = b + an / c;
            c = Math.abs(c) < 1e-300 ? 1e-300 : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** The regularized incomplete beta function {@code I_x(a, b)}. */
    static double incompleteBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaFraction(x, a, b) / a;
        }
        return 1 - front * betaFraction(1 - x, b, a) / b;
    }

    /** The continued fraction of the incomplete beta function, evaluated by the modified Lentz method. */
    private static double betaFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m < 1000; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + even * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + even / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + odd * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + odd / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    /** {@code ln Γ(x)} for {@code x > 0} (Lanczos approximation, g = 7, nine terms). */
    static double logGamma(double x) {
        if (x < 0.5) {
            // Reflection: Γ(x) Γ(1 - x) = π / sin(πx).
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        double z = x - 1;
        double sum = g[0];
        for (int i = 1; i < g.length; i++) {
            sum += g[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}

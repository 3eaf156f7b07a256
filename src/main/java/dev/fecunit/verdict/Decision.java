package dev.fecunit.verdict;

import dev.fecunit.analysis.Direction;

import java.util.OptionalDouble;

/** The verdict rule and the more-data estimate, kept apart from the interval so each can be tested alone. */
final class Decision {

    /** The share of the distance to the boundary the interval must shrink to, to clear it with a margin. */
    private static final double MARGIN = 0.9;

    private Decision() {
    }

    /**
     * Reads a verdict from a difference, its interval and the minimum relevant change {@code delta}.
     * Differences are first turned so that positive means worse.
     */
    static Verdict verdict(double difference, Interval interval, double delta, Direction direction) {
        int s = worseSign(direction);
        double estimate = s * difference;
        double lower = Math.min(s * interval.lower(), s * interval.upper());
        double upper = Math.max(s * interval.lower(), s * interval.upper());
        if (lower >= -delta && upper <= delta) {
            return Verdict.SAME;
        }
        boolean up = lower > 0 && estimate > delta;
        boolean down = upper < 0 && estimate < -delta;
        if ((up || down) && direction == Direction.NOT_JUDGED) {
            return Verdict.CHANGED;
        }
        if (up) {
            return Verdict.WORSE;
        }
        if (down) {
            return Verdict.BETTER;
        }
        return Verdict.INCONCLUSIVE;
    }

    /**
     * How many times the data (blocks or runs) an inconclusive comparison would likely need to be
     * decided, assuming the estimate stays put and the interval narrows as {@code 1/sqrt(data)}: the
     * square of (current half-width / the half-width that would decide it), where deciding means
     * clearing the boundary by a tenth of its distance from the estimate (an interval that merely
     * touches it does not decide). Empty when no amount of data would (the estimate sits exactly on
     * the minimum change).
     */
    static OptionalDouble moreDataFactor(double difference, Interval interval, double delta, Direction direction) {
        int s = worseSign(direction);
        double estimate = s * difference;
        double lower = Math.min(s * interval.lower(), s * interval.upper());
        double upper = Math.max(s * interval.lower(), s * interval.upper());
        // Dividing by MARGIN stands for shrinking the half-width to 90 % of the distance.
        double below = (estimate - lower) / MARGIN;
        double above = (upper - estimate) / MARGIN;
        double factor;
        if (estimate > delta) {
            factor = square(below / estimate);
        } else if (estimate < -delta) {
            factor = square(above / -estimate);
        } else {
            double roomAbove = delta - estimate;
            double roomBelow = delta + estimate;
            if (roomAbove <= 0 || roomBelow <= 0) {
                return OptionalDouble.empty();
            }
            factor = Math.max(square(above / roomAbove), square(below / roomBelow));
        }
        return Double.isFinite(factor) ? OptionalDouble.of(Math.max(1.0, factor)) : OptionalDouble.empty();
    }

    private static double square(double x) {
        return x * x;
    }

    /** {@code 1} when a larger figure is worse, {@code -1} when a smaller one is. */
    private static int worseSign(Direction direction) {
        return direction == Direction.HIGHER_IS_BETTER ? -1 : 1;
    }
}

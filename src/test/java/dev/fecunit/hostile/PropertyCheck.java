package dev.fecunit.hostile;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A property checked over generated cases, with shrinking: {@link #forAll} generates {@code tries}
 * cases from a fixed seed (so every build checks the same cases), and when one fails, looks for the
 * smallest failing case among its {@code simpler} versions before reporting it with the seed.
 *
 * <p>Longer runs: {@code -Dfecunit.properties.tries=N} (cases per property) and
 * {@code -Dfecunit.properties.seed=S} (another set of cases); see docs/hostile-inputs.md.
 */
final class PropertyCheck {

    /** Cases per property unless {@code -Dfecunit.properties.tries} says otherwise. */
    static final String TRIES = "fecunit.properties.tries";
    /** The seed of the cases unless {@code -Dfecunit.properties.seed} says otherwise. */
    static final String SEED = "fecunit.properties.seed";
    private static final long DEFAULT_SEED = 20_261_206L;
    private static final int MAX_SHRINK_STEPS = 300;

    private PropertyCheck() {
    }

    /**
     * Checks {@code property} on {@code defaultTries} generated cases (or {@code -Dfecunit.properties.tries}).
     *
     * @param name      the property, for the failure message
     * @param generate  a case from a random source
     * @param simpler   smaller versions of a case, simplest first
     * @param property  throws (an {@link AssertionError} or anything else) when the case falsifies it
     */
    static <T> void forAll(String name, int defaultTries, Function<SplittableRandom, T> generate,
                           Function<T, List<T>> simpler, Consumer<T> property) {
        int tries = Integer.getInteger(TRIES, defaultTries);
        long seed = Long.getLong(SEED, DEFAULT_SEED);
        SplittableRandom random = new SplittableRandom(seed ^ name.hashCode());
        for (int i = 1; i <= tries; i++) {
            T generated = generate.apply(random.split());
            Throwable failure = failure(property, generated);
            if (failure != null) {
                Shrunk<T> smallest = shrink(generated, failure, simpler, property);
                AssertionError error = new AssertionError("Property [" + name + "] falsified on try " + i + " of "
                        + tries + " (-D" + SEED + "=" + seed + "), after " + smallest.steps + " shrinking steps by:\n  "
                        + smallest.value + "\n" + smallest.failure, smallest.failure);
                error.addSuppressed(new AssertionError("the case as generated: " + generated, failure));
                throw error;
            }
        }
    }

    private record Shrunk<T>(T value, Throwable failure, int steps) {
    }

    private static <T> Shrunk<T> shrink(T value, Throwable failure, Function<T, List<T>> simpler, Consumer<T> property) {
        T current = value;
        Throwable currentFailure = failure;
        int steps = 0;
        boolean progress = true;
        while (progress && steps < MAX_SHRINK_STEPS) {
            progress = false;
            for (T candidate : simpler.apply(current)) {
                Throwable candidateFailure = failure(property, candidate);
                if (candidateFailure != null) {
                    current = candidate;
                    currentFailure = candidateFailure;
                    steps++;
                    progress = true;
                    break;
                }
            }
        }
        return new Shrunk<>(current, currentFailure, steps);
    }

    private static <T> Throwable failure(Consumer<T> property, T value) {
        try {
            property.accept(value);
            return null;
        } catch (VirtualMachineError e) {
            if (e instanceof OutOfMemoryError) {
                return e;
            }
            throw e;
        } catch (Throwable e) {
            return e;
        }
    }
}

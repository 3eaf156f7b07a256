package dev.fecunit.junit;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code @ParameterizedTest} source over a parameter sweep: one invocation per cell
 * ({@link dev.fecunit.sweep.SweepCell}) or per FEC cell with the baseline at its loss level
 * ({@link dev.fecunit.sweep.LossLevelPair}). When an invocation fails, the sweep report is attached.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @SweepSource(value = "sweep-small", each = SweepSource.Each.BASELINE_PAIR)
 * void fecLosesFewerFrames(LossLevelPair pair) {
 *     assertThat(pair.fec().run()).losesFewerFramesThan(pair.baseline().run());
 * }
 * }</pre>
 *
 * <p>The invocations are named after the cell or pair ({@code FEC r30/random vs baseline at loss 0.15}).
 * A relative path resolves against {@code fecunit.runs.root}, as for {@link RunDir}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(SweepArgumentsProvider.class)
@ExtendWith(SweepExtension.class)
public @interface SweepSource {

    /** The sweep directory: relative to {@code fecunit.runs.root}, or absolute. */
    String value();

    /** What one invocation receives; every cell by default. */
    Each each() default Each.CELL;

    /** What one invocation of the test receives. */
    enum Each {
        /** Every cell of the manifest, in manifest order, as a {@link dev.fecunit.sweep.SweepCell}. */
        CELL,
        /**
         * Every FEC cell of the manifest (the baselines left out), in manifest order, as a
         * {@link dev.fecunit.sweep.SweepCell}: for checks that only mean something with FEC on, without
         * a skipped invocation per baseline.
         */
        FEC_CELL,
        /** Every FEC cell with the baseline at its loss level, as a {@link dev.fecunit.sweep.LossLevelPair}. */
        BASELINE_PAIR
    }
}

package dev.fecunit.junit;

import dev.fecunit.sweep.Sweep;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

import java.util.stream.Stream;

/** The arguments of {@link SweepSource}: the sweep's cells or baseline pairs, one invocation each. */
final class SweepArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<SweepSource> {

    private SweepSource source;

    @Override
    public void accept(SweepSource annotation) {
        this.source = annotation;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        String where = "@SweepSource(\"" + source.value() + "\") on ["
                + context.getRequiredTestMethod().getName() + "]";
        Sweep sweep = SweepExtension.load(context, source.value(), where);
        SweepExtension.remember(context, sweep);
        return switch (source.each()) {
            case CELL -> sweep.cells().stream().map(Arguments::of);
            case FEC_CELL -> sweep.cells().stream().filter(cell -> !cell.isBaseline()).map(Arguments::of);
            case BASELINE_PAIR -> sweep.baselinePairs().stream().map(Arguments::of);
        };
    }
}

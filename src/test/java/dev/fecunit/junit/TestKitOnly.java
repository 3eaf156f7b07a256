package dev.fecunit.junit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a fixture class ({@code ...TestCases}) that only runs inside {@link FecTestKit}: any other
 * launcher (Surefire, an IDE running a whole package) skips it, since its failures are on purpose.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestKitOnly.Condition.class)
public @interface TestKitOnly {

    /** Configuration parameter that {@link FecTestKit} sets. */
    String PARAMETER = "fecunit.testkit";

    /** Enables the fixture only when {@link #PARAMETER} is {@code true}. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER).filter("true"::equals).isPresent()
                    ? ConditionEvaluationResult.enabled("run by FecTestKit")
                    : ConditionEvaluationResult.disabled("fixture: runs only through FecTestKit (EngineTestKit)");
        }
    }
}

package io.pgmicro.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a fixture test class — one written to fail — through the JUnit Platform and collects what
 * it reports, so tests can check the messages users would read. Fixture classes carry
 * {@link Fixture}, which skips them unless this runner launched them (an IDE running the whole
 * package would otherwise show their intended failures).
 */
final class FixtureRunner {
    private static final String LAUNCHED_HERE = "pgmicro.junit5.fixture";

    private FixtureRunner() {
    }

    /** The throwables of every failed test or container, in the order they were reported. */
    static List<Throwable> failures(Class<?> fixture) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(fixture))
                .configurationParameter(LAUNCHED_HERE, "true")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
        List<Throwable> failures = new ArrayList<>();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                    failures.add(result.getThrowable().orElseThrow());
                }
            }
        });
        return failures;
    }

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    @ExtendWith(OnlyWhenLaunchedByRunner.class)
    @interface Fixture {
    }

    static final class OnlyWhenLaunchedByRunner implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(LAUNCHED_HERE).isPresent()
                    ? ConditionEvaluationResult.enabled("launched by FixtureRunner")
                    : ConditionEvaluationResult.disabled("a fixture that FixtureRunner runs on purpose");
        }
    }
}

package io.pgmicro.samples.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

/**
 * Runs sample (a)'s test suite once in this JVM and prints one line: the mode, the milliseconds
 * from starting the database to the end of the last test, and the test counts. Started in a JVM
 * of its own per mode by {@link Benchmark}, so no Spring context cache or warm class is shared.
 * <ul>
 * <li>{@code pgmicro}: as the suite is written, on {@code @AutoConfigurePgMicro};</li>
 * <li>{@code zonky}: the same suite with {@code pgmicro.test.enabled=false}, on a DataSource to a
 *     zonky embedded PostgreSQL started here (its start-up is part of the time).</li>
 * </ul>
 */
public final class SuiteRun {
    private SuiteRun() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        long start = System.nanoTime();
        EmbeddedPostgres postgres = null;
        if (mode.equals("zonky")) {
            postgres = EmbeddedPostgres.builder().start();
            System.setProperty("pgmicro.test.enabled", "false");
            System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("spring.datasource.username", "postgres");
            System.setProperty("spring.datasource.password", "");
        } else if (!mode.equals("pgmicro")) {
            throw new IllegalArgumentException("mode must be pgmicro or zonky, not " + mode);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("io.pgmicro.samples.library"))
                // The suite is timed whole, also where it is switched off on pgmicro for now.
                .configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (postgres != null) {
            postgres.close();
        }
        TestExecutionSummary result = summary.getSummary();
        System.out.println("suite " + mode + " " + millis + " ms, " + result.getTestsSucceededCount() + " passed, "
                + result.getTestsFailedCount() + " failed, " + result.getTestsSkippedCount() + " skipped");
        System.exit(result.getTestsFailedCount() == 0 ? 0 : 1);
    }
}

package io.pgmicro.junit5;

import io.pgmicro.session.DatabaseSnapshot;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The template databases of this JVM, one per distinct configuration, each set up the first time
 * a test asks for it. Tests running in parallel that need the same template wait for the one
 * set-up. A set-up that failed is remembered too, so every test of that configuration reports
 * the failure at once instead of running the scripts again.
 */
final class Templates {
    private static final Map<TemplateConfig, Outcome> BUILT = new ConcurrentHashMap<>();

    private record Outcome(DatabaseSnapshot snapshot, RuntimeException failure) {
    }

    private Templates() {
    }

    static DatabaseSnapshot snapshotFor(TemplateConfig config, ClassLoader loader) {
        Outcome outcome = BUILT.computeIfAbsent(config, c -> {
            try {
                return new Outcome(TemplateBuilder.build(c, loader), null);
            } catch (RuntimeException e) {
                return new Outcome(null, e);
            }
        });
        if (outcome.failure() != null) {
            throw new ExtensionConfigurationException("pgmicro could not set up the template database ("
                    + config + "): " + outcome.failure().getMessage(), outcome.failure());
        }
        return outcome.snapshot();
    }
}

package io.pgmicro.junit5;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A library the extension uses only when a test asks for it (Flyway, Liquibase). It is checked
 * for by name before the class that calls it is touched, so a test without it gets a message
 * that names the missing dependency instead of a NoClassDefFoundError.
 */
final class OptionalLibrary {
    private final String probeClass;
    private final String missingMessage;

    OptionalLibrary(String probeClass, String missingMessage) {
        this.probeClass = probeClass;
        this.missingMessage = missingMessage;
    }

    void require(ClassLoader loader) {
        try {
            Class.forName(probeClass, false, loader);
        } catch (ClassNotFoundException e) {
            throw new ExtensionConfigurationException(missingMessage);
        }
    }
}

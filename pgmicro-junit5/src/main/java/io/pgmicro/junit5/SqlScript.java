package io.pgmicro.junit5;

import io.pgmicro.jdbc.ScriptLocations;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The text of an SQL script named by {@code classpath:PATH}, a bare PATH (also the classpath) or {@code file:PATH}. */
final class SqlScript {
    private SqlScript() {
    }

    static String read(String location, ClassLoader loader) {
        try {
            return ScriptLocations.read(location, loader);
        } catch (FileNotFoundException e) {
            throw new ExtensionConfigurationException("SQL script " + location + " not found: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SQL script " + location, e);
        }
    }
}

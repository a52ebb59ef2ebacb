package io.pgmicro.junit5;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The text of an SQL script named by {@code classpath:PATH}, a bare PATH (also the classpath) or {@code file:PATH}. */
final class SqlScript {
    private static final String CLASSPATH = "classpath:";
    private static final String FILE = "file:";

    private SqlScript() {
    }

    static String read(String location, ClassLoader loader) {
        if (location.startsWith(FILE)) {
            Path path = Path.of(location.substring(FILE.length()));
            try {
                return Files.readString(path, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw missing(location, "no file " + path.toAbsolutePath());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read SQL script " + location, e);
            }
        }
        String resource = location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length()) : location;
        while (resource.startsWith("/")) {
            resource = resource.substring(1);
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw missing(location, "no resource " + resource + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SQL script " + location, e);
        }
    }

    private static ExtensionConfigurationException missing(String location, String why) {
        return new ExtensionConfigurationException("SQL script " + location + " not found: " + why);
    }
}

package io.pgmicro.jdbc;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads SQL scripts named as Spring and Testcontainers name them: {@code classpath:PATH} (also
 * the meaning of a bare PATH) or {@code file:PATH}.
 */
public final class ScriptLocations {
    private static final String CLASSPATH = "classpath:";
    private static final String FILE = "file:";

    private ScriptLocations() {
    }

    /**
     * @throws FileNotFoundException when there is no such file or resource; its message says which
     */
    public static String read(String location, ClassLoader loader) throws IOException {
        if (location.startsWith(FILE)) {
            Path path = Path.of(location.substring(FILE.length()));
            try {
                return Files.readString(path, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new FileNotFoundException("no file " + path.toAbsolutePath());
            }
        }
        String resource = location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length()) : location;
        while (resource.startsWith("/")) {
            resource = resource.substring(1);
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FileNotFoundException("no resource " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

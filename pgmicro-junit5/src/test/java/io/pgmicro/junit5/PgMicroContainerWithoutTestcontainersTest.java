package io.pgmicro.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loads PgMicroContainer in a class loader that holds this module's test classpath without
 * Testcontainers and runs it, since users without Testcontainers must be able to.
 */
class PgMicroContainerWithoutTestcontainersTest {

    @Test
    void startsWithoutTestcontainersOnTheClasspath() throws Exception {
        try (URLClassLoader isolated = new URLClassLoader(classpathWithoutTestcontainers(), ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> isolated.loadClass("org.testcontainers.lifecycle.Startable"));

            Class<?> type = isolated.loadClass(PgMicroContainer.class.getName());
            Object postgres = type.getConstructor(String.class).newInstance("postgres:15");
            type.getMethod("start").invoke(postgres);
            try {
                String url = (String) type.getMethod("getJdbcUrl").invoke(postgres);
                java.sql.Driver pgjdbc = (java.sql.Driver) isolated.loadClass("org.postgresql.Driver").getConstructor().newInstance();
                java.util.Properties credentials = new java.util.Properties();
                credentials.setProperty("user", "test");
                credentials.setProperty("password", "test");
                try (Connection c = pgjdbc.connect(url, credentials)) {
                    assertEquals("test", PgMicroContainerTest.queryString(c, "SELECT current_database()"));
                }
            } finally {
                Method stop = type.getMethod("stop");
                stop.invoke(postgres);
            }
        }
    }

    /** This test's classpath less Testcontainers and the Docker client it brings. */
    private static URL[] classpathWithoutTestcontainers() throws MalformedURLException {
        // Surefire names the real classpath here; java.class.path may be a manifest-only jar.
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.contains("testcontainers") && !entry.contains("docker-java")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }
}

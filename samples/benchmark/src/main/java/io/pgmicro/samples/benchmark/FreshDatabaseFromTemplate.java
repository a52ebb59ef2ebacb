package io.pgmicro.samples.benchmark;

import io.pgmicro.jdbc.DatabaseRegistry;
import io.pgmicro.jdbc.PgMicroDriver;
import io.pgmicro.session.Database;
import io.pgmicro.session.DatabaseSnapshot;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Hands a "test" a fresh database copied from a migrated template, connects and runs its first
 * query, then throws the database away — the work a fixture does per test:
 * raw SQLite copies a template file (the floor under pgmicro);
 * pgmicro copies the template's SQLite image ({@link DatabaseSnapshot#newDatabase});
 * PostgreSQL (zonky's embedded server) runs {@code CREATE DATABASE ... TEMPLATE}, as zonky's
 * Spring integration does, and {@code DROP DATABASE} afterwards.
 */
final class FreshDatabaseFromTemplate {
    private FreshDatabaseFromTemplate() {
    }

    static Timings pgmicro(int warmup, int runs) throws SQLException {
        Database template = Database.openMemory("template");
        DatabaseSnapshot snapshot;
        // Closing the registration and the connection closes the template; the snapshot outlives it.
        try (DatabaseRegistry.Registration registration = DatabaseRegistry.register("bench_template", template);
             Connection c = DriverManager.getConnection("jdbc:pgmicro:mem:bench_template");
             Statement st = c.createStatement()) {
            for (String sql : TemplateSchema.statements()) {
                st.execute(sql);
            }
            snapshot = DatabaseSnapshot.of(template);
        }
        PgMicroDriver driver = new PgMicroDriver();
        Timings timings = new Timings(runs);
        for (int i = 0; i < warmup + runs; i++) {
            timings.start();
            String name = "fresh_" + i;
            Database fresh = snapshot.newDatabase(name);
            try (DatabaseRegistry.Registration registration = DatabaseRegistry.register(name, fresh);
                 Connection c = driver.connect("jdbc:pgmicro:mem:" + name, new Properties())) {
                firstQuery(c);
            }
            if (i >= warmup) {
                timings.stop();
            }
        }
        return timings;
    }

    /**
     * The floor under pgmicro's copy: SQLite alone doing the same with the same tables, in the same
     * WAL mode and place (a file in /dev/shm) — write the template's bytes to a new file, open it,
     * run the first query, close it and delete the file. pgmicro adds its catalog tables to the
     * image, its session and the translation of the query.
     */
    static Timings rawSqlite(int warmup, int runs) throws SQLException, IOException {
        Path directory = Files.createTempDirectory(scratchDirectory(), "pgmicro-bench");
        Path templateFile = directory.resolve("template.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + templateFile); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            for (String sql : TemplateSchema.sqliteStatements()) {
                st.execute(sql);
            }
        }
        byte[] image = Files.readAllBytes(templateFile);
        Timings timings = new Timings(runs);
        try {
            for (int i = 0; i < warmup + runs; i++) {
                timings.start();
                Path fresh = directory.resolve("fresh_" + i + ".db");
                Files.write(fresh, image, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fresh)) {
                    firstQuery(c);
                }
                deleteDatabaseFiles(fresh);
                if (i >= warmup) {
                    timings.stop();
                }
            }
        } finally {
            deleteDatabaseFiles(templateFile);
            Files.delete(directory);
        }
        return timings;
    }

    private static Path scratchDirectory() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static void deleteDatabaseFiles(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    static Timings zonky(EmbeddedPostgres postgres, int warmup, int runs) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE bench_template");
        }
        try (Connection c = postgres.getDatabase("postgres", "bench_template").getConnection(); Statement st = c.createStatement()) {
            for (String sql : TemplateSchema.statements()) {
                st.execute(sql);
            }
        }
        Timings timings = new Timings(runs);
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement st = admin.createStatement()) {
            for (int i = 0; i < warmup + runs; i++) {
                timings.start();
                String name = "fresh_" + i;
                st.execute("CREATE DATABASE " + name + " TEMPLATE bench_template");
                try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", name), "postgres", "")) {
                    firstQuery(c);
                }
                st.execute("DROP DATABASE " + name);
                if (i >= warmup) {
                    timings.stop();
                }
            }
            st.execute("DROP DATABASE bench_template");
        }
        return timings;
    }

    private static void firstQuery(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(TemplateSchema.FIRST_QUERY)) {
            rs.next();
        }
    }

    static EmbeddedPostgres startZonky() throws IOException {
        return EmbeddedPostgres.builder().start();
    }
}

package io.pgmicro.samples.benchmark;

import io.pgmicro.jdbc.DatabaseRegistry;
import io.pgmicro.jdbc.PgMicroDriver;
import io.pgmicro.session.Database;
import io.pgmicro.session.DatabaseSnapshot;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Hands a "test" a fresh database copied from a migrated template, connects and runs its first
 * query, then throws the database away — the work a fixture does per test:
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
            long start = System.nanoTime();
            String name = "fresh_" + i;
            Database fresh = snapshot.newDatabase(name);
            try (DatabaseRegistry.Registration registration = DatabaseRegistry.register(name, fresh);
                 Connection c = driver.connect("jdbc:pgmicro:mem:" + name, new Properties())) {
                firstQuery(c);
            }
            if (i >= warmup) {
                timings.add(System.nanoTime() - start);
            }
        }
        return timings;
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
                long start = System.nanoTime();
                String name = "fresh_" + i;
                st.execute("CREATE DATABASE " + name + " TEMPLATE bench_template");
                try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", name), "postgres", "")) {
                    firstQuery(c);
                }
                st.execute("DROP DATABASE " + name);
                if (i >= warmup) {
                    timings.add(System.nanoTime() - start);
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

package io.pgmicro.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * psql, the real one, as a subprocess against the server: its output must be what it
 * prints against PostgreSQL 15. Skipped where psql is not installed. With
 * -Dpgmicro.oracle=HOST:PORT the same commands run against that PostgreSQL (in a scratch
 * schema), which is how the expected output below was recorded.
 */
class PsqlTest {
    private static final String[] COMMANDS = {
            "CREATE TABLE items (id serial PRIMARY KEY, name text NOT NULL, price numeric(8,2))",
            "INSERT INTO items (name, price) VALUES ('apple', 1.5), ('pear', NULL) RETURNING id, name, price",
            "BEGIN; UPDATE items SET price = 2 WHERE name = 'pear'; COMMIT",
            "SELECT name, price FROM items WHERE id > 0 ORDER BY name DESC",
            "SELECT nosuch FROM items",
            "SELEC 1",
            "SHOW DateStyle",
            "COPY items TO STDOUT WITH (FORMAT csv)",
    };

    private static final String EXPECTED_OUT = """
            CREATE TABLE
             id | name  | price\s
            ----+-------+-------
              1 | apple |  1.50
              2 | pear  |     \s
            (2 rows)

            INSERT 0 2
            BEGIN
            UPDATE 1
            COMMIT
             name  | price\s
            -------+-------
             pear  |  2.00
             apple |  1.50
            (2 rows)

             DateStyle\s
            -----------
             ISO, MDY
            (1 row)

            1,apple,1.50
            2,pear,2.00
            """;

    private static final String EXPECTED_ERR = """
            ERROR:  column "nosuch" does not exist
            LINE 1: SELECT nosuch FROM items
                           ^
            ERROR:  syntax error at or near "SELEC"
            LINE 1: SELEC 1
                    ^
            """;

    @Test
    void psqlPrintsWhatItPrintsAgainstPostgres() throws Exception {
        String psql = findPsql();
        assumeTrue(psql != null, "psql is not installed");
        String oracle = System.getProperty("pgmicro.oracle");
        if (oracle != null) {
            String[] hostPort = oracle.split(":");
            run(psql, hostPort[0], Integer.parseInt(hostPort[1]), "test", null, "-c", "CREATE SCHEMA psql_wire_test");
            try {
                assertOutput(psql, hostPort[0], Integer.parseInt(hostPort[1]), "test", "search_path=psql_wire_test");
            } finally {
                run(psql, hostPort[0], Integer.parseInt(hostPort[1]), "test", null, "-c", "DROP SCHEMA psql_wire_test CASCADE");
            }
            return;
        }
        try (PgServer server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0)) {
            assertOutput(psql, "127.0.0.1", server.port(), "psqltest", null);
        }
    }

    /**
     * \l and \du after CREATE DATABASE: the rows psql prints against PostgreSQL 15 for the same
     * databases and roles (recorded by hand from the oracle, whose cluster also has other
     * databases and roles, left out here).
     */
    private static final String EXPECTED_CLUSTER = """
            CREATE DATABASE
                                                         List of databases
               Name    |  Owner   | Encoding | Collate |  Ctype  | ICU Locale | Locale Provider |   Access privileges  \s
            -----------+----------+----------+---------+---------+------------+-----------------+-----------------------
             postgres  | postgres | UTF8     | C.UTF-8 | C.UTF-8 |            | libc            |\s
             shop      | postgres | UTF8     | C.UTF-8 | C.UTF-8 |            | libc            |\s
             template0 | postgres | UTF8     | C.UTF-8 | C.UTF-8 |            | libc            | =c/postgres          +
                       |          |          |         |         |            |                 | postgres=CTc/postgres
             template1 | postgres | UTF8     | C.UTF-8 | C.UTF-8 |            | libc            | =c/postgres          +
                       |          |          |         |         |            |                 | postgres=CTc/postgres
            (4 rows)

                                               List of roles
             Role name |                         Attributes                         | Member of\s
            -----------+------------------------------------------------------------+-----------
             postgres  | Superuser, Create role, Create DB, Replication, Bypass RLS | {}

            DROP DATABASE
            """;

    @Test
    void psqlListsTheServersDatabasesAndRoles() throws Exception {
        String psql = findPsql();
        assumeTrue(psql != null, "psql is not installed");
        try (PgServer server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0)) {
            String[] result = run(psql, "127.0.0.1", server.port(), "postgres", null,
                    "-c", "CREATE DATABASE shop", "-c", "\\l", "-c", "\\du", "-c", "DROP DATABASE shop");
            assertEquals(EXPECTED_CLUSTER, result[0]);
            assertEquals("", result[1]);
        }
    }

    /** Ctrl-C in psql sends a CancelRequest: the running statement ends with 57014 and the server goes on serving. */
    @Test
    void psqlCancelsARunningStatement() throws Exception {
        String psql = findPsql();
        assumeTrue(psql != null, "psql is not installed");
        try (PgServer server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0)) {
            List<String> command = List.of(psql, "-X", "-h", "127.0.0.1", "-p", Integer.toString(server.port()),
                    "-U", "postgres", "cancel", "-c", "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                            + " WHERE i < 1000000000) SELECT count(*) FROM n");
            File err = Files.createTempFile("psql", ".err").toFile();
            try {
                Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(err).start();
                // psql sends a cancel only while its statement runs (an interrupt before that ends psql):
                // give it time to connect and send the query, then interrupt it until it gives up
                Thread.sleep(1500);
                for (int attempt = 0; attempt < 40 && process.isAlive(); attempt++) {
                    if (attempt > 0) {
                        Thread.sleep(500);
                    }
                    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
                }
                assertTrue(process.waitFor(30, TimeUnit.SECONDS), "psql did not end");
                String errors = Files.readString(err.toPath(), StandardCharsets.UTF_8);
                assertTrue(errors.startsWith("Cancel request sent\n"), errors);
                assertTrue(errors.endsWith("ERROR:  canceling statement due to user request\n"), errors);
                assertEquals(1, process.exitValue());
            } finally {
                err.delete();
            }
            assertEquals(" ?column? \n----------\n        1\n(1 row)\n\n",
                    run(psql, "127.0.0.1", server.port(), "cancel", null, "-c", "SELECT 1")[0]);
        }
    }

    private static void assertOutput(String psql, String host, int port, String database, String searchPath)
            throws Exception {
        List<String> args = new ArrayList<>();
        for (String command : COMMANDS) {
            args.add("-c");
            args.add(command);
        }
        String[] result = run(psql, host, port, database, searchPath, args.toArray(String[]::new));
        assertEquals(EXPECTED_OUT, result[0]);
        assertEquals(EXPECTED_ERR, result[1]);
    }

    /** Runs psql and returns its standard output and standard error. */
    private static String[] run(String psql, String host, int port, String database, String searchPath, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(psql, "-X", "-h", host, "-p", Integer.toString(port),
                "-U", "postgres", database));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PGCONNECT_TIMEOUT", "10");
        builder.environment().remove("PGPASSWORD");
        if (searchPath != null) {
            builder.environment().put("PGOPTIONS", "-c " + searchPath);
        }
        File out = Files.createTempFile("psql", ".out").toFile();
        File err = Files.createTempFile("psql", ".err").toFile();
        try {
            Process process = builder.redirectOutput(out).redirectError(err).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("psql did not finish");
            }
            return new String[] {Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8)};
        } finally {
            out.delete();
            err.delete();
        }
    }

    private static String findPsql() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "psql");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}

package io.pgmicro.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pgmicro.wire.DatabaseProvider;
import io.pgmicro.wire.PgServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * psql 15's describe commands through pgmicro's wire server print what they print on
 * PostgreSQL 15 for the same schema (clients/psql/schema.sql). PostgreSQL's output is
 * recorded in clients/psql/NAME.expected (run with -Dpgmicro.record=true to write it
 * again); where PostgreSQL is reachable each run also checks the recording still holds.
 * Skipped where no psql is installed.
 */
class PsqlMetaCommandsTest {
    private static final Path RECORDINGS = Path.of("src/test/resources/clients/psql");
    /** The database both sides use, so that the listings name the same one. */
    private static final String DATABASE = "pgmicro_psql_capture";

    private static final Map<String, String> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("dt", "\\dt");
        COMMANDS.put("d-books", "\\d books");
        COMMANDS.put("d-authors", "\\d authors");
        COMMANDS.put("di", "\\di");
        COMMANDS.put("dv", "\\dv");
        COMMANDS.put("ds", "\\ds");
        COMMANDS.put("dn", "\\dn");
        COMMANDS.put("df", "\\df");
        COMMANDS.put("df-pattern", "\\df (numbers|rows_of)");
        COMMANDS.put("df-schema", "\\df extra.*");
        COMMANDS.put("dT", "\\dT");
        COMMANDS.put("dT-pattern", "\\dT extra.*");
        COMMANDS.put("drds", "\\drds * " + DATABASE);
        // PostgreSQL's cluster has more databases and roles than the ones both sides share: the patterns pick those
        COMMANDS.put("l", "\\l (postgres|template0|template1|" + DATABASE + ")");
        COMMANDS.put("du", "\\du postgres");
        COMMANDS.put("sf-function", "\\sf add_one");
        COMMANDS.put("sf-signature", "\\sf+ extra.hidden(int)");
        COMMANDS.put("sf-procedure", "\\sf bump");
        COMMANDS.put("sf-plpgsql", "\\sf touch");
        COMMANDS.put("sf-builtin", "\\sf upper(text)");
    }

    private static PgServer server;

    @BeforeAll
    static void createSchema() throws IOException, InterruptedException {
        Assumptions.assumeTrue(psqlInstalled(), "psql is not installed");
        server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0);
        psql(server.port(), "-q", "-v", "ON_ERROR_STOP=1", "-f", RECORDINGS.resolve("schema.sql").toString());
        if (PostgresServer.reachable()) {
            psqlOnPostgres("postgres", "-q", "-c", "DROP DATABASE IF EXISTS " + DATABASE, "-c", "CREATE DATABASE " + DATABASE);
            try {
                psqlOnPostgres(DATABASE, "-q", "-v", "ON_ERROR_STOP=1", "-f", RECORDINGS.resolve("schema.sql").toString());
                for (Map.Entry<String, String> c : COMMANDS.entrySet()) {
                    check(c.getKey(), psqlOnPostgres(DATABASE, "-c", c.getValue()));
                }
            } finally {
                psqlOnPostgres("postgres", "-q", "-c", "DROP DATABASE " + DATABASE);
            }
        }
    }

    @AfterAll
    static void close() {
        if (server != null) {
            server.close();
        }
    }

    static List<String> commands() {
        return new ArrayList<>(COMMANDS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void printsAsOnPostgres(String name) throws IOException, InterruptedException {
        assertEquals(recorded(name), psql(server.port(), "-c", COMMANDS.get(name)), COMMANDS.get(name));
    }

    private static String psql(int port, String... args) throws IOException, InterruptedException {
        return run("127.0.0.1", Integer.toString(port), DATABASE, args);
    }

    private static String psqlOnPostgres(String database, String... args) throws IOException, InterruptedException {
        return run("127.0.0.1", "5432", database, args);
    }

    /** psql's standard output and errors together, with the settings fixed that would vary with the machine. */
    private static String run(String host, String port, String database, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-h", host, "-p", port, "-U", "postgres", "-d", database));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGTZ", "UTC");
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("LC_MESSAGES", "C");
        pb.environment().put("PAGER", "");
        pb.environment().remove("PGOPTIONS");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static boolean psqlInstalled() {
        try {
            Process p = new ProcessBuilder("psql", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void check(String name, String postgres) {
        Recordings.check(RECORDINGS, name, postgres);
    }

    private static String recorded(String name) {
        return Recordings.recorded(RECORDINGS, name);
    }
}

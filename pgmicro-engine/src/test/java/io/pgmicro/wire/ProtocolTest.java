package io.pgmicro.wire;

import static io.pgmicro.wire.RawClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The protocol message by message, as PostgreSQL 15 answers (the expected sequences were
 * checked against it): startup, the extended protocol's row limits and error recovery,
 * and bad input that must end one connection and leave the server serving the next.
 */
class ProtocolTest {
    private static PgServer server;

    @BeforeAll
    static void start() {
        server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** After every test, however it treated the server, a new connection is served. */
    @AfterEach
    void serverStillServes() throws IOException {
        try (RawClient client = new RawClient(server.port()).startup("after")) {
            client.send('Q', body("SELECT 41 + 1"));
            assertEquals("T D C Z", types(client.readUntil('Z')));
        }
    }

    @Test
    void startupReportsParametersAndKeyData() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            client.sendRaw(ByteBuffer.allocate(8).putInt(8).putInt(80877103).array());
            assertEquals('N', client.readByte());
            client.sendRaw(ByteBuffer.allocate(8).putInt(8).putInt(80877104).array());
            assertEquals('N', client.readByte());
            byte[] startup = body(196608, "user", "postgres", "database", "p", "application_name", "raw", "");
            client.sendRaw(ByteBuffer.allocate(4 + startup.length).putInt(4 + startup.length).put(startup).array());
            List<RawClient.Message> messages = client.readUntil('Z');
            assertEquals('R', messages.get(0).type());
            String parameters = messages.stream().filter(m -> m.type() == 'S')
                    .map(m -> m.text().substring(0, m.text().indexOf('\0')))
                    .collect(Collectors.joining(","));
            assertEquals("application_name,client_encoding,DateStyle,default_transaction_read_only,in_hot_standby,"
                    + "integer_datetimes,IntervalStyle,is_superuser,server_encoding,server_version,"
                    + "session_authorization,standard_conforming_strings,TimeZone", parameters);
            assertTrue(messages.stream().anyMatch(m -> m.type() == 'S' && m.text().equals("application_name\0raw\0")));
            assertEquals('K', messages.get(messages.size() - 2).type());
            assertEquals("I", messages.get(messages.size() - 1).text());
        }
    }

    @Test
    void simpleQueryWithSeveralStatementsAndAnError() throws IOException {
        try (RawClient client = new RawClient(server.port()).startup("simple")) {
            client.send('Q', body("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (2); SELECT id FROM t ORDER BY id"));
            List<RawClient.Message> answer = client.readUntil('Z');
            assertEquals("C C T D D C Z", types(answer));
            assertEquals("INSERT 0 2\0", answer.get(1).text());
            assertEquals("SELECT 2\0", answer.get(5).text());

            // the statements of one Query share a transaction: the INSERT before the error is undone
            client.send('Q', body("INSERT INTO t VALUES (3); SELECT nosuch FROM t"));
            answer = client.readUntil('Z');
            assertEquals("C E Z", types(answer));
            RawClient.Message error = answer.get(1);
            assertEquals("ERROR", error.field('S'));
            assertEquals("ERROR", error.field('V'));
            assertEquals("42703", error.field('C'));
            assertEquals("column \"nosuch\" does not exist", error.field('M'));
            assertEquals("34", error.field('P'));
            assertEquals("I", answer.get(2).text());

            client.send('Q', body("SELECT count(*) FROM t"));
            assertEquals("2\0", dataRowText(client.readUntil('Z')));

            client.send('Q', body(" ;"));
            assertEquals("I Z", types(client.readUntil('Z')));
        }
    }

    @Test
    void executeWithARowLimitSuspendsThePortal() throws IOException {
        try (RawClient client = new RawClient(server.port()).startup("portal")) {
            client.send('Q', body("CREATE TABLE r (n int); INSERT INTO r VALUES (1), (2), (3), (4), (5)"));
            client.readUntil('Z');
            client.send('P', body("s1", "SELECT n FROM r WHERE n > $1 ORDER BY n", (short) 1, 0));
            client.send('D', body('S', "s1"));
            // one binary int4 parameter, binary results
            client.send('B', body("p1", "s1", (short) 1, (short) 1, (short) 1, 4, 1, (short) 1, (short) 1));
            client.send('E', body("p1", 2));
            client.send('E', body("p1", 2));
            client.send('E', body("p1", 0));
            client.send('S', body());
            List<RawClient.Message> answer = client.readUntil('Z');
            assertEquals("1 t T 2 D D s D D s C Z", types(answer));
            assertEquals(23, ByteBuffer.wrap(answer.get(1).body(), 2, 4).getInt(), "parameter $1 inferred as int4");
            assertEquals(2, ByteBuffer.wrap(answer.get(4).body(), 6, 4).getInt(), "binary int4 in the first row");
            assertEquals("SELECT 0\0", answer.get(10).text());
            assertEquals("I", answer.get(11).text());
        }
    }

    @Test
    void afterAnErrorMessagesAreSkippedUntilSync() throws IOException {
        try (RawClient client = new RawClient(server.port()).startup("recovery")) {
            client.send('P', body("", "SELEC 1", (short) 0));
            client.send('B', body("", "", (short) 0, (short) 0, (short) 0));
            client.send('E', body("", 0));
            client.send('S', body());
            List<RawClient.Message> answer = client.readUntil('Z');
            assertEquals("E Z", types(answer));
            assertEquals("42601", answer.get(0).field('C'));
            assertEquals("1", answer.get(0).field('P'));

            client.send('P', body("", "SELECT 'ok'", (short) 0));
            client.send('B', body("", "", (short) 0, (short) 0, (short) 0));
            client.send('D', body('P', ""));
            client.send('E', body("", 0));
            client.send('S', body());
            answer = client.readUntil('Z');
            assertEquals("1 2 T D C Z", types(answer));
        }
    }

    @Test
    void bindErrorsAreWordedAsPostgresWordsThem() throws IOException {
        try (RawClient client = new RawClient(server.port()).startup("bind")) {
            client.send('P', body("q", "SELECT $1::int", (short) 0));
            client.send('B', body("", "q", (short) 0, (short) 0, (short) 0));
            client.send('S', body());
            List<RawClient.Message> answer = client.readUntil('Z');
            assertEquals("1 E Z", types(answer));
            assertEquals("08P01", answer.get(1).field('C'));
            assertEquals("bind message supplies 0 parameters, but prepared statement \"q\" requires 1",
                    answer.get(1).field('M'));

            client.send('B', body("", "nope", (short) 0, (short) 0, (short) 0));
            client.send('S', body());
            answer = client.readUntil('Z');
            assertEquals("26000", answer.get(0).field('C'));
            assertEquals("prepared statement \"nope\" does not exist", answer.get(0).field('M'));

            client.send('B', body("", "q", (short) 0, (short) 1, 3, "abc".getBytes(), (short) 0));
            client.send('S', body());
            answer = client.readUntil('Z');
            assertEquals("22P02", answer.get(0).field('C'));
            assertEquals("invalid input syntax for type integer: \"abc\"", answer.get(0).field('M'));
            assertEquals("unnamed portal parameter $1 = '...'", answer.get(0).field('W'));
        }
    }

    @Test
    void oversizedMessageEndsOnlyThatConnection() throws IOException {
        try (RawClient client = new RawClient(server.port()).startup("big")) {
            client.sendRaw(ByteBuffer.allocate(5).put((byte) 'Q').putInt(0x40000000 + 10).array());
            RawClient.Message fatal = client.read();
            assertEquals('E', fatal.type());
            assertEquals("FATAL", fatal.field('S'));
            assertEquals("08P01", fatal.field('C'));
            assertEquals("invalid message length", fatal.field('M'));
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void negativeLengthEndsOnlyThatConnection() throws IOException {
        try (RawClient client = new RawClient(server.port()).startup("negative")) {
            client.sendRaw(ByteBuffer.allocate(5).put((byte) 'P').putInt(-5).array());
            assertEquals("invalid message length", client.read().field('M'));
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void unknownMessageTypeIsFatal() throws IOException {
        try (RawClient client = new RawClient(server.port()).startup("unknown")) {
            client.send('z', body("garbage"));
            RawClient.Message fatal = client.read();
            assertEquals("FATAL", fatal.field('S'));
            assertEquals("invalid frontend message type 122", fatal.field('M'));
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void garbageInsteadOfAStartupPacket() throws IOException {
        try (RawClient client = new RawClient(server.port())) {
            client.sendRaw("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes());
            RawClient.Message fatal = client.read();
            assertEquals("FATAL", fatal.field('S'));
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void clientVanishingInsideAMessageAndInsideATransaction() throws IOException {
        try (RawClient client = new RawClient(server.port()).startup("vanish")) {
            client.send('Q', body("CREATE TABLE v (x int); INSERT INTO v VALUES (1)"));
            client.readUntil('Z');
            client.send('Q', body("BEGIN; INSERT INTO v VALUES (2)"));
            assertEquals("T", client.readUntil('Z').get(2).text());
            client.sendRaw(ByteBuffer.allocate(9).put((byte) 'Q').putInt(1000).put("SELE".getBytes()).array());
        }
        try (RawClient client = new RawClient(server.port()).startup("vanish")) {
            // the open transaction is rolled back and its write lock released as soon as the server
            // notices the client is gone; until then a writer meets a serialization failure
            List<RawClient.Message> answer;
            long deadline = System.nanoTime() + 5_000_000_000L;
            do {
                client.send('Q', body("INSERT INTO v VALUES (3); SELECT count(*) FROM v"));
                answer = client.readUntil('Z');
            } while (answer.get(0).type() == 'E' && "40001".equals(answer.get(0).field('C')) && System.nanoTime() < deadline);
            RawClient.Message first = answer.get(0);
            assertEquals('C', first.type(), () -> first.field('M'));
            assertEquals("2\0", dataRowText(answer));
        }
    }

    @Test
    void malformedBodyIsAnErrorTheConnectionSurvives() throws IOException {
        try (RawClient client = new RawClient(server.port()).startup("malformed")) {
            client.send('Q', "no terminator".getBytes());
            List<RawClient.Message> answer = client.readUntil('Z');
            assertEquals("E Z", types(answer));
            assertEquals("ERROR", answer.get(0).field('S'));
            assertEquals("08P01", answer.get(0).field('C'));
            client.send('Q', body("SELECT 1"));
            assertEquals("T D C Z", types(client.readUntil('Z')));
        }
    }

    @Test
    void namedStatementsAreListedInPgPreparedStatementsBesidePrepare() throws IOException {
        try (RawClient client = new RawClient(server.port()).startup("prepared")) {
            client.send('P', body("s1", "SELECT $1 + 1", (short) 0));
            client.send('P', body("", "SELECT 2", (short) 0));
            for (int i = 0; i < 2; i++) {
                client.send('B', body("", "s1", (short) 0, (short) 1, 1, "5".getBytes(), (short) 0));
                client.send('E', body("", 0));
            }
            client.send('S', body());
            assertEquals("1 1 2 D C 2 D C Z", types(client.readUntil('Z')));
            String listing = "SELECT name, statement, parameter_types, from_sql, generic_plans, custom_plans"
                    + " FROM pg_prepared_statements ORDER BY name";
            // the unnamed statement is not listed; the named one with its inferred parameter type and its two runs
            client.send('Q', body(listing));
            assertEquals(List.of("s1|SELECT $1 + 1|{integer}|f|0|2"), rows(client.readUntil('Z')));

            // one namespace with SQL PREPARE: neither takes the other's name
            client.send('Q', body("PREPARE s1 AS SELECT 1"));
            List<RawClient.Message> answer = client.readUntil('Z');
            assertEquals("42P05", answer.get(0).field('C'));
            assertEquals("prepared statement \"s1\" already exists", answer.get(0).field('M'));
            client.send('Q', body("PREPARE q AS SELECT 1"));
            client.readUntil('Z');
            client.send('P', body("q", "SELECT 3", (short) 0));
            client.send('S', body());
            assertEquals("42P05", client.readUntil('Z').get(0).field('C'));
            client.send('Q', body(listing));
            assertEquals(List.of("q|PREPARE q AS SELECT 1|{}|t|0|0", "s1|SELECT $1 + 1|{integer}|f|0|2"),
                    rows(client.readUntil('Z')));

            // DEALLOCATE ends a protocol-level statement, Close a PREPAREd one
            client.send('Q', body("DEALLOCATE s1"));
            client.readUntil('Z');
            client.send('B', body("", "s1", (short) 0, (short) 0, (short) 0));
            client.send('S', body());
            answer = client.readUntil('Z');
            assertEquals("26000", answer.get(0).field('C'));
            assertEquals("prepared statement \"s1\" does not exist", answer.get(0).field('M'));
            client.send('C', body('S', "q"));
            client.send('S', body());
            assertEquals("3 Z", types(client.readUntil('Z')));
            client.send('Q', body(listing));
            assertEquals(List.of(), rows(client.readUntil('Z')));
            // and the name is free again
            client.send('P', body("s1", "SELECT 4", (short) 0));
            client.send('S', body());
            assertEquals("1 Z", types(client.readUntil('Z')));
        }
    }

    @Test
    void errorsAndNoticesCarryTheirFields() throws IOException {
        try (RawClient client = new RawClient(server.port()).startup("fields")) {
            client.send('Q', body("CREATE TABLE u (id int PRIMARY KEY); INSERT INTO u VALUES (1)"));
            client.readUntil('Z');
            client.send('Q', body("INSERT INTO u VALUES (1)"));
            RawClient.Message duplicate = client.readUntil('Z').get(0);
            assertEquals("23505", duplicate.field('C'));
            assertEquals("duplicate key value violates unique constraint \"u_pkey\"", duplicate.field('M'));
            assertEquals("Key (id)=(1) already exists.", duplicate.field('D'));
            // PostgreSQL also names the schema, table and constraint (fields s, t, n); pgmicro does not yet

            client.send('Q', body("SELECT nosuch_function(1)"));
            RawClient.Message undefined = client.readUntil('Z').get(0);
            assertEquals("42883", undefined.field('C'));
            assertEquals("No function matches the given name and argument types. You might need to add explicit type casts.",
                    undefined.field('H'));
            assertEquals("8", undefined.field('P'));

            client.send('Q', body("DROP TABLE IF EXISTS nosuch"));
            List<RawClient.Message> answer = client.readUntil('Z');
            assertEquals("N C Z", types(answer));
            assertEquals("NOTICE", answer.get(0).field('S'));
            assertEquals("NOTICE", answer.get(0).field('V'));
            assertEquals("00000", answer.get(0).field('C'));
            assertEquals("table \"nosuch\" does not exist, skipping", answer.get(0).field('M'));
        }
    }

    @Test
    void rowDescriptionCarriesTableColumnTypeAndTypmod() throws IOException {
        try (RawClient client = new RawClient(server.port()).startup("rowdescription")) {
            client.send('Q', body("CREATE TABLE rd (id int, name varchar(10), price numeric(8,2))"));
            client.readUntil('Z');
            client.send('Q', body("SELECT 'rd'::regclass::oid"));
            String table = rows(client.readUntil('Z')).get(0);
            client.send('Q', body("SELECT id, name, price, price * 2 AS doubled, now()::timestamptz(3) AS at,"
                    + " 'x'::char(4) AS c FROM rd"));
            RawClient.Message description = client.readUntil('Z').get(0);
            assertEquals('T', description.type());
            // name, table OID, column number, type OID, type length, typmod, format
            assertEquals(List.of("id " + table + " 1 23 4 -1 0", "name " + table + " 2 1043 -1 14 0",
                    "price " + table + " 3 1700 -1 524294 0", "doubled 0 0 1700 -1 -1 0", "at 0 0 1184 8 3 0",
                    "c 0 0 1042 -1 8 0"), fields(description));
        }
    }

    private static String types(List<RawClient.Message> messages) {
        return messages.stream().map(m -> String.valueOf(m.type())).collect(Collectors.joining(" "));
    }

    /** The fields of a RowDescription, each as "name table column type length typmod format". */
    private static List<String> fields(RawClient.Message description) {
        ByteBuffer b = ByteBuffer.wrap(description.body());
        int count = b.getShort();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = b.position();
            while (b.get() != 0) {
                // the name's bytes
            }
            String name = new String(description.body(), start, b.position() - start - 1, java.nio.charset.StandardCharsets.UTF_8);
            out.add(name + " " + Integer.toUnsignedLong(b.getInt()) + " " + b.getShort() + " " + b.getInt() + " "
                    + b.getShort() + " " + b.getInt() + " " + b.getShort());
        }
        return out;
    }

    /** Every DataRow's column texts joined by '|' (NULL as empty). */
    private static List<String> rows(List<RawClient.Message> messages) {
        List<String> out = new java.util.ArrayList<>();
        for (RawClient.Message m : messages) {
            if (m.type() != 'D') {
                continue;
            }
            ByteBuffer b = ByteBuffer.wrap(m.body());
            int columns = b.getShort();
            List<String> values = new java.util.ArrayList<>();
            for (int i = 0; i < columns; i++) {
                int length = b.getInt();
                values.add(length < 0 ? "" : new String(m.body(), b.position(), length, java.nio.charset.StandardCharsets.UTF_8));
                b.position(b.position() + Math.max(length, 0));
            }
            out.add(String.join("|", values));
        }
        return out;
    }

    /** The text of the first column of the first DataRow. */
    private static String dataRowText(List<RawClient.Message> messages) {
        RawClient.Message row = messages.stream().filter(m -> m.type() == 'D').findFirst().orElseThrow();
        ByteBuffer b = ByteBuffer.wrap(row.body());
        b.getShort();
        int length = b.getInt();
        return new String(row.body(), 6, length) + "\0";
    }
}

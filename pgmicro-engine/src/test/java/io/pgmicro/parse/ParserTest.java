package io.pgmicro.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pgmicro.PgException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParserTest {
    @Test
    void parsesSeveralStatements() {
        Parser.ParsedSql parsed = Parser.parse("SELECT 1; SELECT 'a;b'; CREATE TABLE t (x int)");
        assertEquals(3, parsed.statements().size());
        assertTrue(parsed.statements().get(2).getStmt().hasCreateStmt());
        assertEquals(" SELECT 'a;b'", parsed.statementText(parsed.statements().get(1)));
    }

    @Test
    void syntaxErrorsCarryPostgresMessageAndPosition() {
        PgException e = assertThrows(PgException.class, () -> Parser.parse("SELECT * FORM t"));
        assertEquals("42601", e.sqlState());
        // PostgreSQL 15 answers: syntax error at or near "FORM", at position 10
        assertEquals("syntax error at or near \"FORM\"", e.getMessage());
        assertEquals(10, e.position());
    }

    @Test
    void unterminatedStringIsASyntaxError() {
        PgException e = assertThrows(PgException.class, () -> Parser.parse("SELECT 'abc"));
        assertEquals("42601", e.sqlState());
        assertEquals("unterminated quoted string at or near \"'abc\"", e.getMessage());
        assertEquals(8, e.position());
    }

    @Test
    void positionsCountCharactersNotBytes() {
        PgException e = assertThrows(PgException.class, () -> Parser.parse("SELECT 'ü€' FORM t"));
        assertEquals(18, e.position());
    }

    @Test
    void splitRespectsQuotesDollarQuotesAndComments() {
        List<String> parts = Parser.split("SELECT 'a;b'; SELECT $$x;y$$; -- c;\nSELECT /* ; */ 3");
        assertEquals(3, parts.size());
        assertEquals("SELECT 'a;b'", parts.get(0));
        assertEquals(" SELECT $$x;y$$", parts.get(1));
        assertTrue(parts.get(2).endsWith("SELECT /* ; */ 3"));
    }

    @Test
    void nulBytesAreRejectedLikePostgres() {
        PgException e = assertThrows(PgException.class, () -> Parser.parse("SELECT '\0'"));
        assertEquals("22021", e.sqlState());
    }

    @Test
    void deparsedExpressionsParseBackToTheSameTree() {
        for (String text : List.of("a + 1 > b", "lower(email) LIKE '%x%'", "now() - x",
                "CASE WHEN x IS NULL THEN 'n' ELSE x::text END", "nextval('t_id_seq'::regclass)")) {
            var expr = value(Parser.parse("SELECT " + text));
            String printed = Parser.deparseExpression(expr);
            assertEquals(withoutLocations(expr), withoutLocations(value(Parser.parse("SELECT " + printed))), printed);
        }
    }

    private static io.pgmicro.parse.ast.Node value(Parser.ParsedSql parsed) {
        return parsed.statements().get(0).getStmt().getSelectStmt().getTargetList(0).getResTarget().getVal();
    }

    private static String withoutLocations(io.pgmicro.parse.ast.Node node) {
        return node.toString().replaceAll("location: \\d+", "");
    }

    @Test
    void randomInputNeverCrashes() {
        Random random = new Random(42);
        String alphabet = "SELECT FROM WHERE ()'\"$;,.*-+/\\\n\t0123456789abcxyzüé€ ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                Parser.parse(sb.toString());
            } catch (PgException e) {
                assertEquals("42601", e.sqlState(), sb.toString());
            }
            try {
                Parser.split(sb.toString());
            } catch (PgException e) {
                assertEquals("42601", e.sqlState(), sb.toString());
            }
        }
    }
}

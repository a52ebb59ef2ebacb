package io.pgmicro.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryScannerTest {

    /** Feeds the lines and lists what came out: statement texts, and meta-commands as "\name|args". */
    private static List<String> scan(Map<String, String> variables, String... lines) {
        QueryScanner scanner = new QueryScanner(variables::get);
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            scanner.startLine(line);
            QueryScanner.Token token;
            while ((token = scanner.next()) != null) {
                if (token instanceof QueryScanner.Statement s) {
                    found.add(s.text());
                } else if (token instanceof QueryScanner.MetaCommand m) {
                    found.add("\\" + m.name() + "|" + m.arguments());
                }
            }
        }
        if (!scanner.bufferIsEmpty()) {
            found.add("<eof>" + scanner.takeBuffer());
        }
        return found;
    }

    private static List<String> scan(String... lines) {
        return scan(Map.of(), lines);
    }

    @Test
    void semicolonEndsAStatementAndSeveralOnALineRunOneAtATime() {
        assertEquals(List.of("select 1;", "select 2;"), scan("select 1; select 2;"));
    }

    @Test
    void linesAreJoinedWithNewlines() {
        assertEquals(List.of("select 1 +\n  2\n  ;"), scan("select 1 +", "  2", "  ;"));
    }

    @Test
    void leadingWhitespaceAndLineCommentsAreDroppedButKeptInsideAStatement() {
        assertEquals(List.of("select 1 -- one\n, 2;"), scan("-- heading", "   ", "  select 1 -- one", ", 2;"));
        assertEquals(List.of("select 1;"), scan("select 1; -- trailing"));
    }

    @Test
    void blockCommentsNestAndAreKept() {
        assertEquals(List.of("/* a /* b; */ c; */ select 1;"), scan("/* a /* b; */ c; */ select 1;"));
        assertEquals(List.of("/* x\n; */ select 1;"), scan("/* x", "; */ select 1;"));
    }

    @Test
    void semicolonsInsideStringsIdentifiersAndDollarQuotesDoNotEndTheStatement() {
        assertEquals(List.of("select 'a;b', \"c;d\", $$e;f$$, $t$g;$$;h$t$;"),
                scan("select 'a;b', \"c;d\", $$e;f$$, $t$g;$$;h$t$;"));
        assertEquals(List.of("select 'it''s;';"), scan("select 'it''s;';"));
        assertEquals(List.of("select \"a\"\";b\";"), scan("select \"a\"\";b\";"));
    }

    @Test
    void backslashEscapesOnlyInEscapeStrings() {
        // standard_conforming_strings: 'a\' is a complete literal
        assertEquals(List.of("select 'a\\';", "select 2;"), scan("select 'a\\'; select 2;"));
        assertEquals(List.of("select E'a\\';b';"), scan("select E'a\\';b';"));
    }

    @Test
    void parenthesesHoldSemicolons() {
        assertEquals(List.of("<eof>select (1;"), scan("select (1;"));
        assertEquals(List.of("select (1), (2);"), scan("select (1), (2);"));
    }

    @Test
    void dollarQuotesSpanLinesAndParametersAreNotQuotes() {
        assertEquals(List.of("do $body$\nbegin; end\n$body$;"), scan("do $body$", "begin; end", "$body$;"));
        assertEquals(List.of("select $1;", "select 2;"), scan("select $1; select 2;"));
        assertEquals(List.of("select a$b$ from t;"), scan("select a$b$ from t;"));
    }

    @Test
    void functionBodiesWithBeginAtomicKeepTheirSemicolons() {
        assertEquals(List.of("create function f() returns int language sql\nbegin atomic\n select 1;\n select case when true then 2 end;\nend;",
                        "select 3;"),
                scan("create function f() returns int language sql", "begin atomic", " select 1;",
                        " select case when true then 2 end;", "end;", "select 3;"));
        assertEquals(List.of("begin;", "end;"), scan("begin;", "end;"));
    }

    @Test
    void backslashStartsAMetaCommandThatTakesTheRestOfTheLine() {
        assertEquals(List.of("select 1;", "\\echo|  a; b"), scan("select 1; \\echo  a; b"));
        // the buffer before the command stays for the command to use (\g sends it)
        assertEquals(List.of("\\g|", "<eof>select 1 "), scan("select 1 \\g"));
        assertEquals(List.of("\\d+| t"), scan("\\d+ t"));
        assertEquals(List.of("\\?|"), scan("\\?"));
    }

    @Test
    void variablesAreInterpolated() {
        Map<String, String> vars = Map.of("n", "5", "s", "it's", "id", "My Table");
        assertEquals(List.of("select 5, 'it''s', \"My Table\", :nosuch, 1::int;"),
                scan(vars, "select :n, :'s', :\"id\", :nosuch, 1::int;"));
        assertEquals(List.of("select ':n';"), scan(vars, "select ':n';"));
    }

    @Test
    void promptStatusFollowsTheLexerState() {
        QueryScanner scanner = new QueryScanner(name -> null);
        assertEquals('=', scanner.promptStatus());
        scanner.startLine("select (");
        scanner.next();
        assertEquals('(', scanner.promptStatus());
        scanner.startLine("1) 'abc");
        scanner.next();
        assertEquals('\'', scanner.promptStatus());
        assertTrue(scanner.inQuote());
        scanner.startLine("' /* c");
        scanner.next();
        assertEquals('*', scanner.promptStatus());
        scanner.startLine("*/ \"x");
        scanner.next();
        assertEquals('"', scanner.promptStatus());
        scanner.startLine("\" $$");
        scanner.next();
        assertEquals('$', scanner.promptStatus());
        scanner.startLine("$$");
        scanner.next();
        assertEquals('-', scanner.promptStatus());
        assertFalse(scanner.inQuote());
    }
}

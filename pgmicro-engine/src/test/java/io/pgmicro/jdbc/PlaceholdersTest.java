package io.pgmicro.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    private static void assertRewrite(String sql, String expected, int count) {
        Placeholders.Rewritten rewritten = Placeholders.rewrite(sql);
        assertEquals(expected, rewritten.sql());
        assertEquals(count, rewritten.parameterCount());
    }

    @Test
    void numbersMarkersInOrder() {
        assertRewrite("select * from t where a = ? and b in (?, ?)", "select * from t where a = $1 and b in ($2, $3)", 3);
    }

    @Test
    void leavesStatementsWithoutMarkersAlone() {
        assertRewrite("select 1", "select 1", 0);
    }

    @Test
    void ignoresMarkersInStringsAndIdentifiers() {
        assertRewrite("select '?', \"?\", ? from \"a\"\"?\"", "select '?', \"?\", $1 from \"a\"\"?\"", 1);
    }

    @Test
    void doubledQuoteStaysInsideString() {
        assertRewrite("select 'it''s ?', ?", "select 'it''s ?', $1", 1);
    }

    @Test
    void backslashEscapesOnlyInEscapeStrings() {
        assertRewrite("select E'\\' ?', ?", "select E'\\' ?', $1", 1);
        // In a standard string a backslash is an ordinary character, so the quote ends the string.
        assertRewrite("select '\\', ?", "select '\\', $1", 1);
    }

    @Test
    void ignoresMarkersInComments() {
        assertRewrite("select ? -- why?\n, ? /* what? /* nested? */ still? */ , ?",
                "select $1 -- why?\n, $2 /* what? /* nested? */ still? */ , $3", 3);
    }

    @Test
    void ignoresMarkersInDollarQuotes() {
        assertRewrite("select $$?$$, $tag$ ? $$ ? $tag$, ?", "select $$?$$, $tag$ ? $$ ? $tag$, $1", 1);
    }

    @Test
    void dollarInsideIdentifierOrParameterStartsNoQuote() {
        assertRewrite("select a$b, ? , $1", "select a$b, $1 , $1", 1);
    }

    @Test
    void doubledMarkerIsALiteralQuestionMark() {
        assertRewrite("select '{}'::jsonb ?? 'a', ?", "select '{}'::jsonb ? 'a', $1", 1);
    }

    @Test
    void unterminatedRegionsRunToTheEnd() {
        assertRewrite("select ? '?", "select $1 '?", 1);
        assertRewrite("select ? /* ?", "select $1 /* ?", 1);
    }
}

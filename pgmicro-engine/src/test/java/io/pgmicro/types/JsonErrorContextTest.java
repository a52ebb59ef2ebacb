package io.pgmicro.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.PgException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CONTEXT line of json input errors, as PostgreSQL 15 printed it for each input (psql, VERBOSITY default). */
class JsonErrorContextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{bad|JSON data, line 1: {bad",
        "{bad}|JSON data, line 1: {bad...",
        "{\"a\": }|JSON data, line 1: {\"a\": }",
        "{\"a\"|JSON data, line 1: {\"a\"",
        "{\"a\":1} x|JSON data, line 1: {\"a\":1} x",
        "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, bad, 22]"
                + "|JSON data, line 1: ..., 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, bad...",
        "`[1,\n2,\nx]`|JSON data, line 3: x...",
        "\"\\u00\"|JSON data, line 1: \"\\u00\"",
        "\"\\x\"|JSON data, line 1: \"\\x...",
        "\"\\ud800x\"|JSON data, line 1: \"\\ud800x...",
        "é bad|JSON data, line 1: é...",
        "`   `|`JSON data, line 1:    `",
    })
    void contextShowsTheLineUpToTheError(String input, String context) {
        PgException e = assertThrows(PgException.class, () -> Types.JSONB.input(input, -1, FormatContext.DEFAULT));
        assertEquals(context, e.where());
    }
}

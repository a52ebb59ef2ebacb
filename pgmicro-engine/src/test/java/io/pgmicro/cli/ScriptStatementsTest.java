package io.pgmicro.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptStatementsTest {

    @Test
    void blocksEndWhereStatementsRunAndCarryTheirEcho() {
        String script = "-- heading\nselect 1;\n\nselect 2 +\n  3; select 4;\n\\echo hi\n/* trailing */\n";
        List<ScriptStatements.Block> blocks = ScriptStatements.of(script);
        assertEquals(List.of(
                new ScriptStatements.Block(1, 2, List.of("-- heading", "select 1;"), true),
                new ScriptStatements.Block(3, 5, List.of("select 2 +", "  3; select 4;"), true),
                new ScriptStatements.Block(6, 6, List.of("\\echo hi"), false),
                new ScriptStatements.Block(7, 7, List.of("/* trailing */"), true)), blocks);
    }

    @Test
    void emptyLinesInsideAStringAreEchoed() {
        List<ScriptStatements.Block> blocks = ScriptStatements.of("select 'a\n\nb';\n");
        assertEquals(List.of(new ScriptStatements.Block(1, 3, List.of("select 'a", "", "b';"), true)), blocks);
    }

    @Test
    void aFinalStatementWithoutSemicolonIsABlock() {
        assertEquals(List.of(new ScriptStatements.Block(1, 2, List.of("select 1", "-- note"), true)),
                ScriptStatements.of("select 1\n-- note"));
    }
}

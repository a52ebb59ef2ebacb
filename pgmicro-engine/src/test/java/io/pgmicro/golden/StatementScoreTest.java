package io.pgmicro.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatementScoreTest {
    private static final String SCRIPT = "select 1;\n\\echo x\nselect 2;\nselect 3;\n";
    private static final String EXPECTED = "select 1;\n a \n---\n 1\n(1 row)\n\n\\echo x\nx\nselect 2;\n"
            + "ERROR:  boom\nselect 3;\n c \n---\n 3\n(1 row)\n\n";

    @Test
    void identicalOutputsMatchEveryStatementButNotMetaCommands() {
        assertEquals(new StatementScore(3, 3), StatementScore.of(SCRIPT, EXPECTED, EXPECTED));
    }

    @Test
    void aDifferenceCountsAgainstTheStatementWhoseBlockHoldsIt() {
        String actual = EXPECTED.replace("ERROR:  boom\n", " b \n---\n 2\n(1 row)\n\n");
        assertEquals(new StatementScore(2, 3), StatementScore.of(SCRIPT, EXPECTED, actual));
    }

    @Test
    void outputCutShortFailsTheStatementsItLacks() {
        String actual = EXPECTED.substring(0, EXPECTED.indexOf("select 3;"));
        assertEquals(new StatementScore(2, 3), StatementScore.of(SCRIPT, EXPECTED, actual));
    }

    @Test
    void diffShowsChangedLinesWithContext() {
        String diff = LineDiff.unified("pg", "a\nb\nc\nd\ne\nf\ng\nh\ni\n", "us", "a\nb\nc\nd\ne\nX\ng\nh\ni\n");
        assertEquals("--- pg\n+++ us\n@@ expected line 3 @@\n c\n d\n e\n-f\n+X\n g\n h\n i\n", diff);
        assertTrue(LineDiff.unified("pg", "same\n", "us", "same\n").endsWith("+++ us\n"));
    }
}

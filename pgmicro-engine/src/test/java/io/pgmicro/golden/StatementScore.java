package io.pgmicro.golden;

import io.pgmicro.cli.ScriptStatements;
import java.util.List;

/**
 * Counts, for one script, how many of its SQL statements produced exactly
 * PostgreSQL's output. Each output is cut at the echo of every block of input
 * lines (see {@link ScriptStatements}); a statement matches when its whole block
 * of output, from its echo to the next block's echo, is identical.
 */
record StatementScore(int matched, int total) {

    static StatementScore of(String script, String expected, String actual) {
        List<ScriptStatements.Block> blocks = ScriptStatements.of(script);
        List<String> expectedLines = LineDiff.lines(expected);
        List<String> actualLines = LineDiff.lines(actual);
        int[] expectedStarts = locate(blocks, expectedLines);
        int[] actualStarts = locate(blocks, actualLines);
        int matched = 0;
        int total = 0;
        for (int b = 0; b < blocks.size(); b++) {
            if (!blocks.get(b).sql() || expectedStarts[b] < 0) {
                continue;
            }
            total++;
            if (actualStarts[b] >= 0
                    && cut(expectedLines, expectedStarts, b).equals(cut(actualLines, actualStarts, b))) {
                matched++;
            }
        }
        return new StatementScore(matched, total);
    }

    /** Where each block's echo starts in the output, searching forward; -1 when it is not there. */
    private static int[] locate(List<ScriptStatements.Block> blocks, List<String> output) {
        int[] starts = new int[blocks.size()];
        int from = 0;
        for (int b = 0; b < blocks.size(); b++) {
            List<String> echo = blocks.get(b).echoedLines();
            starts[b] = -1;
            for (int at = from; at + echo.size() <= output.size(); at++) {
                if (output.subList(at, at + echo.size()).equals(echo)) {
                    starts[b] = at;
                    from = at + echo.size();
                    break;
                }
            }
        }
        return starts;
    }

    /** The output of one block: from its echo up to the next located block's echo. */
    private static List<String> cut(List<String> output, int[] starts, int block) {
        int end = output.size();
        for (int next = block + 1; next < starts.length; next++) {
            if (starts[next] >= 0) {
                end = starts[next];
                break;
            }
        }
        return output.subList(starts[block], end);
    }
}

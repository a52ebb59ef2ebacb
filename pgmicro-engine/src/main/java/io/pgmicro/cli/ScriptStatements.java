package io.pgmicro.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a script into the blocks in which psql runs it: each block is the input
 * lines up to and including one where a statement or meta-command runs, together
 * with the lines psql echoes for them under -a. Comparing two outputs block by
 * block (each block's output starts at its echo) says which statements differ.
 */
public final class ScriptStatements {

    /**
     * One block of input lines.
     *
     * @param firstLine   1-based number of its first line
     * @param lastLine    1-based number of its last line
     * @param echoedLines the lines psql -a prints for it (empty lines outside quotes are skipped)
     * @param sql         whether it runs an SQL statement (not only meta-commands or comments)
     */
    public record Block(int firstLine, int lastLine, List<String> echoedLines, boolean sql) {
    }

    private ScriptStatements() {
    }

    public static List<Block> of(String script) {
        List<String> lines = new ArrayList<>(List.of(script.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        QueryScanner scanner = new QueryScanner(name -> null);
        List<Block> blocks = new ArrayList<>();
        List<String> echoed = new ArrayList<>();
        int first = 1;
        boolean sql = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() && !scanner.inQuote()) {
                continue;
            }
            echoed.add(line);
            scanner.startLine(line);
            boolean runs = false;
            QueryScanner.Token token;
            while ((token = scanner.next()) != null) {
                runs = true;
                sql |= token instanceof QueryScanner.Statement;
            }
            if (runs) {
                blocks.add(new Block(first, i + 1, List.copyOf(echoed), sql));
                echoed.clear();
                first = i + 2;
                sql = false;
            }
        }
        if (!echoed.isEmpty()) {
            // a statement without a semicolon at the end is still sent; trailing comments are not
            blocks.add(new Block(first, lines.size(), List.copyOf(echoed), !scanner.bufferIsEmpty()));
        }
        return blocks;
    }
}

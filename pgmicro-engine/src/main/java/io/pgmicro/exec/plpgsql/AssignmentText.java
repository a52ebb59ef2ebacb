package io.pgmicro.exec.plpgsql;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.ScanToken;
import io.pgmicro.parse.ast.Token;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PL/pgSQL hands an assignment over as its whole text ({@code x := x + 1},
 * {@code new.updated_at = now()}, {@code a[i:j] := v}); the value is what follows the
 * first {@code :=} or {@code =} outside brackets, and the target's subscripts are the
 * bracketed parts before it, both found with PostgreSQL's own scanner.
 */
final class AssignmentText {
    private AssignmentText() {
    }

    static String valueOf(String assignment) {
        byte[] utf8 = assignment.getBytes(StandardCharsets.UTF_8);
        int depth = 0;
        for (ScanToken t : Parser.scan(assignment)) {
            Token kind = t.getToken();
            if (kind == Token.ASCII_91 || kind == Token.ASCII_40) {
                depth++;
            } else if (kind == Token.ASCII_93 || kind == Token.ASCII_41) {
                depth--;
            } else if (depth == 0 && (kind == Token.COLON_EQUALS || kind == Token.ASCII_61)) {
                return new String(utf8, t.getEnd(), utf8.length - t.getEnd(), StandardCharsets.UTF_8);
            }
        }
        throw new PgException(SqlState.SYNTAX_ERROR, "syntax error in assignment \"" + assignment + "\"");
    }

    /**
     * The subscripts of the target, {@code a[i][lo:hi]}: per bracket the expression texts,
     * one for an element subscript, two (null where left out) for a slice; empty when the
     * target has none.
     */
    static List<String[]> targetSubscripts(String assignment) {
        byte[] utf8 = assignment.getBytes(StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        int depth = 0;
        int open = -1;
        int colon = -1;
        for (ScanToken t : Parser.scan(assignment)) {
            Token kind = t.getToken();
            if (depth == 0 && (kind == Token.COLON_EQUALS || kind == Token.ASCII_61)) {
                break;
            }
            if (kind == Token.ASCII_91 || kind == Token.ASCII_40) {
                if (depth++ == 0 && kind == Token.ASCII_91) {
                    open = t.getEnd();
                    colon = -1;
                }
            } else if (kind == Token.ASCII_93 || kind == Token.ASCII_41) {
                if (--depth == 0 && kind == Token.ASCII_93) {
                    out.add(colon < 0 ? new String[] {text(utf8, open, t.getStart())}
                            : new String[] {text(utf8, open, colon - 1), text(utf8, colon, t.getStart())});
                }
            } else if (depth == 1 && kind == Token.ASCII_58) {
                colon = t.getEnd();
            }
        }
        return out;
    }

    /** The text between two byte offsets, or null when it is only spaces (a slice bound left out). */
    private static String text(byte[] utf8, int from, int to) {
        String s = new String(utf8, from, to - from, StandardCharsets.UTF_8);
        return s.isBlank() ? null : s;
    }
}

package io.pgmicro.exec.plpgsql;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.ScanToken;
import io.pgmicro.parse.ast.Token;
import java.nio.charset.StandardCharsets;

/**
 * PL/pgSQL hands an assignment over as its whole text ({@code x := x + 1},
 * {@code new.updated_at = now()}); the value is what follows the first {@code :=} or
 * {@code =} outside brackets, found with PostgreSQL's own scanner.
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
}

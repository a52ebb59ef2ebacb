package io.pgmicro.exec.plpgsql;

import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.ScanToken;
import io.pgmicro.parse.ast.Token;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * In a function with OUT parameters, a bare {@code RETURN NEXT;} returns a row of their
 * current values. The PL/pgSQL grammar of the libpg_query release pgmicro is built with does
 * not know which parameters are OUT ones and demands an expression there; so before the body
 * is compiled, each bare RETURN NEXT (found with the SQL scanner, so that strings and comments
 * are never touched) is given a marker expression, which the interpreter reads as "the OUT
 * parameters". No line breaks are added, so line numbers in error contexts stay right.
 */
final class OutParameterReturns {
    /** The expression that stands for the OUT parameters: a quoted name no body can mean. */
    static final String MARKER = "\"pgmicro: out parameters\"";

    private OutParameterReturns() {
    }

    static String marked(String body) {
        List<ScanToken> tokens;
        try {
            tokens = Parser.scan(body);
        } catch (io.pgmicro.PgException e) {
            return body; // the compiler reports the body's syntax error itself
        }
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int copied = 0;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).getToken() == Token.RETURN && tokens.get(i + 1).getToken() == Token.NEXT
                    && tokens.get(i + 2).getToken() == Token.ASCII_59) {
                int at = tokens.get(i + 1).getEnd();
                out.write(utf8, copied, at - copied);
                out.writeBytes((" " + MARKER).getBytes(StandardCharsets.UTF_8));
                copied = at;
            }
        }
        out.write(utf8, copied, utf8.length - copied);
        return out.toString(StandardCharsets.UTF_8);
    }
}

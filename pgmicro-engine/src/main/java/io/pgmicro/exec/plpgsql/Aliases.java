package io.pgmicro.exec.plpgsql;

import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.ScanToken;
import io.pgmicro.parse.ast.Token;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code name ALIAS FOR target;} declarations. libpg_query's PL/pgSQL tree resolves them
 * away without a trace, so they are read from the body with PostgreSQL's scanner:
 * an identifier, the word ALIAS, FOR, and an identifier or {@code $n}.
 */
final class Aliases {
    private Aliases() {
    }

    static Map<String, String> of(String body) {
        Map<String, String> out = new HashMap<>();
        List<ScanToken> tokens;
        try {
            tokens = Parser.scan(body);
        } catch (io.pgmicro.PgException e) {
            return out;
        }
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (isName(tokens.get(i)) && text(utf8, tokens.get(i + 1)).equalsIgnoreCase("alias")
                    && tokens.get(i + 2).getToken() == Token.FOR) {
                ScanToken target = tokens.get(i + 3);
                if (isName(target) || target.getToken() == Token.PARAM) {
                    out.put(identifier(text(utf8, tokens.get(i))), identifier(text(utf8, target)));
                }
            }
        }
        return out;
    }

    /** An identifier, or a key word that is not reserved (NEW, OLD, ... read as names here). */
    private static boolean isName(ScanToken t) {
        return t.getToken() == Token.IDENT || t.getKeywordKind() == io.pgmicro.parse.ast.KeywordKind.UNRESERVED_KEYWORD
                || t.getKeywordKind() == io.pgmicro.parse.ast.KeywordKind.COL_NAME_KEYWORD;
    }

    private static String text(byte[] utf8, ScanToken t) {
        return new String(utf8, t.getStart(), t.getEnd() - t.getStart(), StandardCharsets.UTF_8);
    }

    /** Unquoted identifiers fold to lower case, as the SQL scanner folds them. */
    private static String identifier(String text) {
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() >= 2) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text.toLowerCase(Locale.ROOT);
    }
}

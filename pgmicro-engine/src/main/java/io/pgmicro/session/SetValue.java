package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.A_Const;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.VariableSetStmt;
import java.util.ArrayList;
import java.util.List;

/** The value of SET name = ... (and of ALTER DATABASE ... SET) in the text form a setting holds. */
public final class SetValue {
    private SetValue() {
    }

    /** The text a SET value list stands for, as PostgreSQL flattens it (lists joined with ", "). */
    public static String of(VariableSetStmt stmt) {
        String name = stmt.getName();
        List<Node> args = stmt.getArgsList();
        List<String> parts = new ArrayList<>();
        for (Node n : args) {
            if (n.hasAConst()) {
                A_Const c = n.getAConst();
                parts.add(switch (c.getValCase()) {
                    case IVAL -> Integer.toString(c.getIval().getIval());
                    case FVAL -> c.getFval().getFval();
                    case BOOLVAL -> c.getBoolval().getBoolval() ? "on" : "off";
                    case SVAL -> name.equals("search_path") ? quoteIdent(c.getSval().getSval()) : c.getSval().getSval();
                    default -> "";
                });
            } else if (n.hasTypeCast()) {
                // SET TIME ZONE INTERVAL '...' HOUR TO MINUTE
                parts.add(n.getTypeCast().getArg().getAConst().getSval().getSval());
            } else {
                throw new PgException(SqlState.SYNTAX_ERROR, "syntax error in SET value");
            }
        }
        return String.join(", ", parts);
    }

    private static String quoteIdent(String s) {
        return s.matches("[a-z_][a-z0-9_$]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}

package io.pgmicro.exec.plpgsql;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.exec.routines.Value;
import io.pgmicro.session.Notice;
import java.util.function.Function;

/** RAISE: a NOTICE, WARNING or INFO sent to the client, or an error thrown (EXCEPTION). */
final class RaiseStatement {
    /** PostgreSQL's elog levels as the PL/pgSQL tree gives them. */
    private static final int ERROR = 21;
    private static final int WARNING = 19;
    private static final int NOTICE = 18;
    private static final int INFO = 17;
    private static final int LOG = 15;

    private RaiseStatement() {
    }

    /** Runs the RAISE; {@code eval} evaluates its expressions; returns a notice to send, or throws. */
    static Notice run(JsonNode raise, Function<JsonNode, Value> eval, java.util.function.Function<Value, String> text,
                      PgException handling) {
        int level = raise.path("elog_level").asInt(ERROR);
        String condname = raise.has("condname") ? raise.get("condname").asText() : null;
        String message = raise.has("message") ? format(raise.get("message").asText(), raise.path("params"), eval, text) : null;
        if (message == null && condname == null && !raise.has("options")) {
            if (handling == null) {
                throw new PgException("0Z002", "RAISE without parameters cannot be used outside an exception handler");
            }
            throw handling;
        }
        String sqlState = condname != null ? Conditions.sqlState(condname) : null;
        String detail = null;
        String hint = null;
        for (JsonNode o : raise.path("options")) {
            JsonNode option = o.get("PLpgSQL_raise_option");
            String value = text.apply(eval.apply(option.get("expr")));
            switch (option.path("opt_type").asInt()) {
                case 0 -> sqlState = Conditions.sqlState(value);
                case 1 -> {
                    if (message != null) {
                        throw new PgException(SqlState.SYNTAX_ERROR, "RAISE option already specified: MESSAGE");
                    }
                    message = value;
                }
                case 2 -> detail = value;
                case 3 -> hint = value;
                default -> {
                    // COLUMN, CONSTRAINT, DATATYPE, TABLE, SCHEMA: not carried by pgmicro's errors
                }
            }
        }
        if (message == null) {
            message = condname != null ? condname : sqlState != null ? sqlState : "";
        }
        if (level >= ERROR) {
            PgException e = new PgException(sqlState != null ? sqlState : SqlState.RAISE_EXCEPTION, message);
            if (detail != null) {
                e.withDetail(detail);
            }
            if (hint != null) {
                e.withHint(hint);
            }
            throw e;
        }
        String severity = level == WARNING ? "WARNING" : level == NOTICE ? "NOTICE" : level == INFO ? "INFO"
                : level == LOG ? "LOG" : "DEBUG";
        return new Notice(severity, sqlState != null ? sqlState : level == WARNING ? "01000" : "00000", message, detail, hint);
    }

    /** Replaces each % with the next parameter's text (NULL as "<NULL>"); %% is a literal %. */
    private static String format(String template, JsonNode params, Function<JsonNode, Value> eval,
                                 Function<Value, String> text) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '%') {
                out.append(c);
            } else if (i + 1 < template.length() && template.charAt(i + 1) == '%') {
                out.append('%');
                i++;
            } else {
                if (next >= params.size()) {
                    throw new PgException(SqlState.SYNTAX_ERROR, "too few parameters specified for RAISE");
                }
                Value v = eval.apply(params.get(next++));
                out.append(v.isNull() ? "<NULL>" : text.apply(v));
            }
        }
        if (next < params.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "too many parameters specified for RAISE");
        }
        return out.toString();
    }
}

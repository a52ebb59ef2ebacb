package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.VariableSetStmt;
import io.pgmicro.parse.ast.VariableShowStmt;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** SET, RESET and SHOW. */
final class SettingCommands {
    private final SessionState state;

    private final TransactionCommands transactions;

    SettingCommands(SessionState state, TransactionCommands transactions) {
        this.state = state;
        this.transactions = transactions;
    }

    Result set(VariableSetStmt stmt) {
        String name = stmt.getName();
        switch (stmt.getKind()) {
            case VAR_SET_VALUE -> {
                if (name.equals("transaction_isolation") || name.equals("transaction")) {
                    return Result.command("SET");
                }
                String value = SetValue.of(stmt);
                if (stmt.getIsLocal()) {
                    if (!state.inBlock()) {
                        // PostgreSQL warns and ignores SET LOCAL outside a transaction block
                        return Result.command("SET");
                    }
                    state.beforeSetLocal();
                }
                state.settings().set(name, value);
            }
            case VAR_SET_DEFAULT, VAR_RESET -> state.settings().reset(name);
            case VAR_RESET_ALL -> state.settings().resetAll();
            case VAR_SET_MULTI -> {
                // isolation levels are accepted (SQLite is serializable); READ ONLY is enforced
                if (name.equals("TRANSACTION")) {
                    if (state.inBlock()) {
                        transactions.applyModes(stmt.getArgsList());
                    }
                } else if (name.equals("SESSION CHARACTERISTICS")) {
                    for (Node n : stmt.getArgsList()) {
                        var d = n.getDefElem();
                        if (d.getDefname().equals("transaction_read_only")) {
                            var c = d.getArg().getAConst();
                            boolean ro = c.hasIval() ? c.getIval().getIval() != 0 : c.getBoolval().getBoolval();
                            state.settings().set("default_transaction_read_only", ro ? "on" : "off");
                        }
                    }
                }
            }
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support SET FROM CURRENT");
        }
        return Result.command(stmt.getKind() == io.pgmicro.parse.ast.VariableSetKind.VAR_RESET
                || stmt.getKind() == io.pgmicro.parse.ast.VariableSetKind.VAR_RESET_ALL ? "RESET" : "SET");
    }

    Result show(VariableShowStmt stmt) {
        String name = stmt.getName();
        if (name.equals("all")) {
            List<Object[]> rows = new ArrayList<>();
            for (Map.Entry<String, String> e : state.settings().all().entrySet()) {
                rows.add(new Object[] {e.getKey(), e.getValue(), ""});
            }
            return new Result("SHOW", List.of(new Column("name", Types.TEXT, -1), new Column("setting", Types.TEXT, -1),
                    new Column("description", Types.TEXT, -1)), rows, state.formatContext());
        }
        String key = switch (name) {
            case "timezone" -> "TimeZone";
            case "transaction_isolation", "transaction isolation level" -> "transaction_isolation";
            default -> name;
        };
        String value = state.settings().show(key);
        String column = name.equals("transaction isolation level") ? "transaction_isolation" : Settings.displayName(key).toLowerCase();
        if (column.equals("datestyle")) {
            column = "DateStyle";
        } else if (column.equals("timezone")) {
            column = "TimeZone";
        } else if (column.equals("intervalstyle")) {
            column = "IntervalStyle";
        }
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {value});
        return new Result("SHOW", List.of(new Column(column, Types.TEXT, -1)), rows, state.formatContext());
    }
}

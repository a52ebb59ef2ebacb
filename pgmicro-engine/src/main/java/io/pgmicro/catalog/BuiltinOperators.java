package io.pgmicro.catalog;

import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** INTERIM (replaced by the function library branch): native comparisons and integer arithmetic only. */
public final class BuiltinOperators {
    private static final Map<String, List<OperatorSignature>> BY_NAME = new HashMap<>();

    static {
        for (PgType t : List.of(Types.INT2, Types.INT4, Types.INT8, Types.TEXT, Types.FLOAT8, Types.BOOL, Types.DATE,
                Types.TIMESTAMP, Types.TIMESTAMPTZ, Types.UUID, Types.VARCHAR, Types.BPCHAR, Types.NAME)) {
            for (String op : List.of("=", "<>", "<", "<=", ">", ">=")) {
                String sqlOp = op;
                add(new OperatorSignature(op, t, t, Types.BOOL, "(%1$s " + sqlOp + " %2$s)"));
            }
        }
        for (PgType t : List.of(Types.INT4, Types.INT8, Types.FLOAT8)) {
            for (String op : List.of("+", "-", "*", "/", "%")) {
                add(new OperatorSignature(op, t, t, t, "(%1$s " + op + " %2$s)"));
            }
            add(new OperatorSignature("-", null, t, t, "(- %2$s)"));
        }
        add(new OperatorSignature("||", Types.TEXT, Types.TEXT, Types.TEXT, "(%1$s || %2$s)"));
        add(new OperatorSignature("~~", Types.TEXT, Types.TEXT, Types.BOOL, "(%1$s LIKE %2$s ESCAPE '\\')"));
    }

    private BuiltinOperators() {
    }

    private static void add(OperatorSignature s) {
        BY_NAME.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
    }

    public static List<OperatorSignature> byName(String name) {
        return BY_NAME.getOrDefault(name, List.of());
    }
}

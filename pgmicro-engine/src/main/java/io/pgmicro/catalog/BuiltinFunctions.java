package io.pgmicro.catalog;

import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** INTERIM (replaced by the function library branch). */
public final class BuiltinFunctions {
    private static final Map<String, List<FunctionSignature>> BY_NAME = new HashMap<>();

    static {
        add(new FunctionSignature("upper", List.of(Types.TEXT), null, Types.TEXT, FunctionSignature.Kind.NORMAL, "upper(%1$s)", true, 'i', false));
        add(new FunctionSignature("sum", List.of(Types.INT4), null, Types.INT8, FunctionSignature.Kind.AGGREGATE, "sum(%1$s)", true, 'i', false));
        add(new FunctionSignature("max", List.of(Types.INT4), null, Types.INT4, FunctionSignature.Kind.AGGREGATE, "max(%1$s)", true, 'i', false));
        add(new FunctionSignature("row_number", List.of(), null, Types.INT8, FunctionSignature.Kind.WINDOW, "row_number()", true, 'i', false));
    }

    private BuiltinFunctions() {
    }

    private static void add(FunctionSignature s) {
        BY_NAME.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
    }

    public static List<FunctionSignature> byName(String name) {
        return BY_NAME.getOrDefault(name, List.of());
    }
}

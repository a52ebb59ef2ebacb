package io.pgmicro.emit;

import io.pgmicro.parse.ast.FuncCall;
import java.util.List;

/**
 * Set-returning functions whose rows are records with named OUT columns. In FROM each
 * OUT column is a column of the function item; in a select list a call is a record
 * value whose fields (f(...)).x selects.
 */
final class RecordSetFunctions {
    /** information_schema._pg_expandarray(anyarray): each element x with its 1-based position n (pgjdbc's key queries). */
    static final String EXPAND_ARRAY = "_pg_expandarray";

    private RecordSetFunctions() {
    }

    /** The OUT column names of the function a call names, or null if it is not one of these. */
    static List<String> outColumns(FuncCall call) {
        int n = call.getFuncnameCount();
        String name = call.getFuncname(n - 1).getString().getSval();
        String schema = n > 1 ? call.getFuncname(n - 2).getString().getSval() : null;
        // _pg_expandarray lives in information_schema, which is not on the search path
        if (name.equals(EXPAND_ARRAY) && "information_schema".equals(schema)) {
            return List.of("x", "n");
        }
        if (name.matches("jsonb?_each(_text)?") && (schema == null || schema.equals("pg_catalog"))) {
            return List.of("key", "value");
        }
        return null;
    }

    /** Whether a call is information_schema._pg_expandarray. */
    static boolean isExpandArray(FuncCall call) {
        return outColumns(call) != null && call.getFuncname(call.getFuncnameCount() - 1).getString().getSval()
                .equals(EXPAND_ARRAY);
    }
}

package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.parse.ast.ColumnDef;
import io.pgmicro.parse.ast.FuncCall;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RangeFunction;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
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

    /**
     * The columns a function in FROM gives when its value is a record: the fields of its
     * declared layout (OUT parameters), or, for one declared to return plain record, the
     * column definition list that the query writes after the alias. Null for any other type.
     */
    static List<PgType.Field> columns(PgType type, RangeFunction rf, AnalysisContext ctx, int callLocation) {
        boolean record = type.oid() == Types.RECORD.oid();
        if (rf.getColdeflistCount() > 0) {
            int at = rf.getColdeflist(0).getColumnDef().getLocation();
            if (!record) {
                throw new PgException(SqlState.SYNTAX_ERROR,
                        "a column definition list is only allowed for functions returning \"record\"").atLocation(at);
            }
            if (!type.fields().isEmpty()) {
                throw new PgException(SqlState.SYNTAX_ERROR,
                        "a column definition list is redundant for a function with OUT parameters").atLocation(at);
            }
            List<PgType.Field> fields = new ArrayList<>();
            for (Node n : rf.getColdeflistList()) {
                ColumnDef c = n.getColumnDef();
                fields.add(new PgType.Field(c.getColname(), TypeNameResolver.resolve(c.getTypeName(), ctx).type()));
            }
            return fields;
        }
        if (!type.fields().isEmpty()) {
            return type.fields();
        }
        if (record) {
            throw new PgException(SqlState.SYNTAX_ERROR,
                    "a column definition list is required for functions returning \"record\"").atLocation(callLocation);
        }
        return null;
    }

    /** Whether a call is information_schema._pg_expandarray. */
    static boolean isExpandArray(FuncCall call) {
        return outColumns(call) != null && call.getFuncname(call.getFuncnameCount() - 1).getString().getSval()
                .equals(EXPAND_ARRAY);
    }
}

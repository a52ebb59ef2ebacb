package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.Coercion;
import io.pgmicro.analyze.ScopeColumn;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.analyze.Typed;
import io.pgmicro.parse.ast.ColumnDef;
import io.pgmicro.parse.ast.FuncCall;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RangeFunction;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * json_to_record(set) and jsonb_to_record(set) in FROM, whose row type is the column
 * definition list ({@code AS x(a int, b text)}): the engine turns each object into a JSON array
 * of column texts, iterated with json_each, and each text is read as its column's type.
 */
final class JsonToRecord {
    private final AnalysisContext ctx;
    private final ExprTranslator exprs;

    JsonToRecord(AnalysisContext ctx, ExprTranslator exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
    }

    static boolean handles(String function) {
        return function.matches("jsonb?_to_record(set)?");
    }

    /** The FROM source, {@code json_each(...) AS sqlAlias}, and its columns. */
    record Source(String sql, List<ScopeColumn> columns) {
    }

    Source source(String function, FuncCall call, List<Typed> args, RangeFunction rf, String sqlAlias) {
        boolean binary = function.startsWith("jsonb");
        PgType inputType = binary ? Types.JSONB : Types.JSON;
        if (args.size() != 1) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function " + function + " with " + args.size()
                    + " arguments does not exist").atLocation(call.getLocation());
        }
        if (rf.getColdeflistCount() == 0) {
            throw new PgException(SqlState.SYNTAX_ERROR,
                    "a column definition list is required for functions returning \"record\"").atLocation(call.getLocation());
        }
        String input = exprs.coerce(args.get(0), inputType, -1, Coercion.Context.IMPLICIT, null).sql();
        List<String> spec = new ArrayList<>();
        List<ScopeColumn> columns = new ArrayList<>();
        for (Node n : rf.getColdeflistList()) {
            ColumnDef def = n.getColumnDef();
            TypeNameResolver.ResolvedType resolved = TypeNameResolver.resolve(def.getTypeName(), ctx);
            PgType type = resolved.type();
            if (resolved.domain() != null || Types.byOid(type.oid()) == null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support " + function
                        + " columns of type " + io.pgmicro.analyze.TypeDisplay.name(type) + " yet")
                        .atLocation(def.getLocation());
            }
            spec.add(def.getColname());
            spec.add(type.equals(Types.JSON) ? "JSON" : type.equals(Types.JSONB) ? "JSONB" : type.isArray() ? "ARRAY" : "SCALAR");
            // the type's input, with its typmod: too long a value is an error, as in PostgreSQL
            String value = "pg_type_input(json_extract(" + sqlAlias + ".value, '$[" + columns.size() + "]'), "
                    + type.oid() + ", " + resolved.typmod() + ")";
            columns.add(new ScopeColumn(def.getColname(), type, resolved.typmod(), value, 0, 0));
        }
        String sql = "json_each(pg_json_to_records_json(" + input + ", " + (function.endsWith("set") ? 1 : 0) + ", "
                + (binary ? 1 : 0) + ", " + SqlText.string(jsonStrings(spec)) + ")) AS " + sqlAlias;
        return new Source(sql, columns);
    }

    private static String jsonStrings(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (String v : values) {
            out.append(out.length() > 1 ? "," : "").append(io.pgmicro.types.JsonStrings.quote(v));
        }
        return out.append(']').toString();
    }
}

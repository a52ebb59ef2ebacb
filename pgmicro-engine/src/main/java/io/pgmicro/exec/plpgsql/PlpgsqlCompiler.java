package io.pgmicro.exec.plpgsql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.RoutineDef;
import io.pgmicro.exec.routines.RoutineTypes;
import io.pgmicro.exec.routines.Value;
import io.pgmicro.emit.SqlText;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.TypeName;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compiles a PL/pgSQL body with PostgreSQL's own PL/pgSQL grammar (libpg_query's
 * pg_query_parse_plpgsql, which reads a whole CREATE FUNCTION statement and answers
 * with JSON), and resolves its variables' declared types.
 */
public final class PlpgsqlCompiler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlpgsqlCompiler() {
    }

    public static PlpgsqlFunction compile(RoutineDef def, AnalysisContext ctx) {
        String source = createStatement(def, ctx);
        JsonNode functions;
        try {
            functions = JSON.readTree(Parser.parsePlpgsql(source));
        } catch (JsonProcessingException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: unreadable PL/pgSQL tree: " + e.getMessage());
        } catch (PgException e) {
            // libpg_query's PL/pgSQL parser reports no cursor position; the end of input is the body's end
            int position = e.getMessage().equals("syntax error at end of input") ? def.body().length() + 1 : 0;
            throw new PgException(e.sqlState(), e.getMessage()).withPosition(position);
        }
        JsonNode function = functions.get(0).get("PLpgSQL_function");
        List<Datum> datums = new ArrayList<>();
        // every parameter is a datum, first and in order (the unnamed ones were compiled as "$n")
        List<RoutineDef.Parameter> params = def.parameters();
        int paramIndex = 0;
        for (JsonNode d : function.get("datums")) {
            String kind = d.fieldNames().next();
            JsonNode body = d.get(kind);
            switch (kind) {
                case "PLpgSQL_var" -> {
                    String name = body.path("refname").asText();
                    if (paramIndex < params.size() && !body.has("lineno")) {
                        RoutineDef.Parameter p = params.get(paramIndex++);
                        PgType type = ctx.catalog().type(p.typeOid());
                        datums.add(new Datum('v', name, type, p.typmod(), -1, List.of(), null, false, false, null));
                    } else {
                        datums.add(declared(name, body, ctx));
                    }
                }
                case "PLpgSQL_rec" -> datums.add(new Datum('r', body.path("refname").asText(), Types.RECORD, -1, -1,
                        List.of(), null, false, false, null));
                case "PLpgSQL_recfield" -> datums.add(new Datum('f', body.path("fieldname").asText(), null, -1,
                        body.path("recparentno").asInt(), List.of(), null, false, false, null));
                case "PLpgSQL_row" -> {
                    List<Integer> fields = new ArrayList<>();
                    for (JsonNode f : body.path("fields")) {
                        fields.add(f.path("varno").asInt());
                    }
                    datums.add(new Datum('w', body.path("refname").asText(), null, -1, -1, fields, null, false, false, null));
                }
                default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support PL/pgSQL "
                        + kind.substring("PLpgSQL_".length()) + " variables yet");
            }
        }
        int[] parameterSlots = java.util.stream.IntStream.range(0, params.size()).toArray();
        return new PlpgsqlFunction(def, function.get("action"), datums, parameterSlots, Aliases.of(def.body()));
    }

    /** A DECLAREd variable (or an implicit one: FOUND, a FOR loop's integer, SQLSTATE). */
    private static Datum declared(String name, JsonNode body, AnalysisContext ctx) {
        String typname = body.path("datatype").path("PLpgSQL_type").path("typname").asText().trim();
        String defaultExpr = body.has("default_val") ? body.get("default_val").path("PLpgSQL_expr").path("query").asText() : null;
        boolean constant = body.path("isconst").asBoolean(false);
        boolean notNull = body.path("notnull").asBoolean(false);
        if (typname.equals("UNKNOWN")) {
            PgType implicit = switch (name) {
                case "found" -> Types.BOOL;
                case "sqlstate", "sqlerrm" -> Types.TEXT;
                default -> Types.INT4;
            };
            return new Datum('v', name, implicit, -1, -1, List.of(), defaultExpr, constant, notNull, null);
        }
        String lower = typname.toLowerCase(Locale.ROOT);
        if (lower.equals("record")) {
            return new Datum('r', name, Types.RECORD, -1, -1, List.of(), defaultExpr, constant, notNull, null);
        }
        if (lower.endsWith("%type")) {
            TypeName column = typeName(typname.substring(0, typname.length() - "%type".length())).toBuilder()
                    .setPctType(true).build();
            TypeNameResolver.ResolvedType t = RoutineTypes.resolve(column, ctx);
            return new Datum('v', name, t.type(), t.typmod(), -1, List.of(), defaultExpr, constant, notNull, null);
        }
        if (lower.endsWith("%rowtype")) {
            RelationDef table = relation(typname.substring(0, typname.length() - "%rowtype".length()), ctx);
            return rowType(name, table, ctx, defaultExpr);
        }
        TypeName typeName = typeName(typname);
        try {
            TypeNameResolver.ResolvedType t = RoutineTypes.resolve(typeName, ctx);
            return new Datum('v', name, t.type(), t.typmod(), -1, List.of(), defaultExpr, constant, notNull, null);
        } catch (PgException e) {
            RelationDef table = typeName.getPctType() ? null : relation(typname, ctx);
            if (table == null) {
                throw e;
            }
            return rowType(name, table, ctx, defaultExpr);
        }
    }

    private static Datum rowType(String name, RelationDef table, AnalysisContext ctx, String defaultExpr) {
        if (table == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation does not exist");
        }
        List<String> names = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        for (AttributeDef a : table.attributes()) {
            names.add(a.name());
            values.add(new Value(ctx.catalog().type(a.typeOid()), a.typmod(), null));
        }
        return new Datum('r', name, Types.RECORD, -1, -1, List.of(), defaultExpr, false, false, new Row(names, values));
    }

    private static RelationDef relation(String name, AnalysisContext ctx) {
        TypeName t = typeName(name);
        List<String> parts = new ArrayList<>();
        for (Node n : t.getNamesList()) {
            parts.add(n.getString().getSval());
        }
        String relname = parts.get(parts.size() - 1);
        String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
        return ctx.catalog().findRelation(schema, relname, ctx.searchPath());
    }

    /** Reads a type as written in DECLARE with the SQL grammar: {@code SELECT NULL::<type>}. */
    private static TypeName typeName(String text) {
        var parsed = Parser.parse("SELECT NULL::" + text);
        return parsed.statements().get(0).getStmt().getSelectStmt().getTargetList(0).getResTarget().getVal()
                .getTypeCast().getTypeName();
    }

    /**
     * The CREATE FUNCTION statement libpg_query's PL/pgSQL compiler reads: the routine's
     * parameters (an unnamed one named "$n", so that ALIAS FOR $n finds it), result and body,
     * every part quoted.
     */
    private static String createStatement(RoutineDef def, AnalysisContext ctx) {
        List<String> params = new ArrayList<>();
        for (int i = 0; i < def.parameters().size(); i++) {
            RoutineDef.Parameter p = def.parameters().get(i);
            String mode = switch (p.mode()) {
                case 'o' -> "OUT ";
                case 'b' -> "INOUT ";
                case 'v' -> "VARIADIC ";
                case 't' -> "OUT ";
                default -> "";
            };
            String name = p.name().isEmpty() ? "$" + (i + 1) : p.name();
            params.add(mode + SqlText.ident(name) + " " + SqlText.ident(ctx.catalog().type(p.typeOid()).name()));
        }
        String head = def.isProcedure() ? "CREATE PROCEDURE " : "CREATE FUNCTION ";
        String result = def.isProcedure() ? "" : " RETURNS " + (def.returnsSet() ? "SETOF " : "")
                + SqlText.ident(ctx.catalog().type(def.returnTypeOid()).name());
        return head + SqlText.ident(def.name()) + "(" + String.join(", ", params) + ")" + result
                + " LANGUAGE plpgsql AS " + SqlText.string(def.outputs().isEmpty() ? def.body()
                : OutParameterReturns.marked(def.body()));
    }
}

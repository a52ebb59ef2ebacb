package io.pgmicro.exec.routines;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.TypeDisplay;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.TypeName;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Type names as routines declare them: the ordinary ones, the pseudo-types only a
 * routine may name (void, trigger, record), and {@code table.column%TYPE}.
 */
public final class RoutineTypes {
    private RoutineTypes() {
    }

    public static TypeNameResolver.ResolvedType resolve(TypeName typeName, AnalysisContext ctx) {
        List<String> names = new ArrayList<>();
        for (Node n : typeName.getNamesList()) {
            names.add(n.getString().getSval());
        }
        if (typeName.getPctType()) {
            return columnType(names, ctx, typeName.getLocation());
        }
        String last = names.get(names.size() - 1);
        if (names.size() == 1 || names.get(0).equals("pg_catalog")) {
            PgType pseudo = switch (last) {
                case "void" -> Types.VOID;
                case "trigger" -> Types.TRIGGER;
                case "record" -> Types.RECORD;
                default -> null;
            };
            if (pseudo != null && typeName.getArrayBoundsCount() == 0) {
                return new TypeNameResolver.ResolvedType(pseudo, -1);
            }
        }
        return TypeNameResolver.resolve(typeName, ctx);
    }

    /** {@code [schema.]table.column%TYPE}: the column's type. */
    private static TypeNameResolver.ResolvedType columnType(List<String> names, AnalysisContext ctx, int location) {
        if (names.size() < 2) {
            throw new PgException(SqlState.SYNTAX_ERROR, "improper %TYPE reference (too few dotted names): "
                    + String.join(".", names)).atLocation(location);
        }
        String column = names.get(names.size() - 1);
        String table = names.get(names.size() - 2);
        String schema = names.size() > 2 ? names.get(names.size() - 3) : null;
        RelationDef r = ctx.catalog().findRelation(schema, table, ctx.searchPath());
        if (r == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + table + "\" does not exist").atLocation(location);
        }
        AttributeDef a = r.attribute(column);
        if (a == null) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + column + "\" of relation \"" + table
                    + "\" does not exist").atLocation(location);
        }
        return new TypeNameResolver.ResolvedType(ctx.catalog().type(a.typeOid()), a.typmod());
    }

    /** How PostgreSQL prints a type in a routine's signature, e.g. "integer". */
    public static String display(PgType type) {
        return TypeDisplay.name(type);
    }
}

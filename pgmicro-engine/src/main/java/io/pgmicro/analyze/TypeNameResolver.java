package io.pgmicro.analyze;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.TypeName;
import io.pgmicro.types.PgType;
import io.pgmicro.types.TypeMods;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/** Turns a parse-tree TypeName (int, varchar(20), numeric(10,2), text[], mood) into a type and typmod. */
public final class TypeNameResolver {
    private TypeNameResolver() {
    }

    /**
     * @param domain the domain named, when the name is one: then type and typmod are its
     *               base type's, and its constraints apply to the value (else null)
     */
    public record ResolvedType(PgType type, int typmod, io.pgmicro.catalog.DomainDef domain) {
        public ResolvedType(PgType type, int typmod) {
            this(type, typmod, null);
        }
    }

    public static ResolvedType resolve(TypeName typeName, AnalysisContext ctx) {
        List<String> names = new ArrayList<>();
        for (Node n : typeName.getNamesList()) {
            names.add(n.getString().getSval());
        }
        String name = names.get(names.size() - 1);
        String schema = names.size() > 1 ? names.get(names.size() - 2) : null;
        if ("pg_catalog".equals(schema)) {
            schema = null;
        }
        PgType type = schema == null ? builtin(name, typeName) : null;
        if (type == null) {
            type = ctx.catalog().findUserType(schema, name, ctx.searchPath());
        }
        if (type == null) {
            io.pgmicro.catalog.DomainDef domain = ctx.catalog().findDomain(schema, name, ctx.searchPath());
            if (domain != null && typeName.getArrayBoundsCount() == 0) {
                return new ResolvedType(ctx.catalog().type(domain.baseTypeOid()), domain.baseTypmod(), domain);
            }
            // an array of a domain is kept as an array of its base type, without the domain's checks
            type = domain == null ? null : ctx.catalog().type(domain.baseTypeOid());
        }
        if (type == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "type \"" + String.join(".", names) + "\" does not exist")
                    .atLocation(typeName.getLocation());
        }
        int typmod = typmod(type, typeName);
        if (typeName.getArrayBoundsCount() > 0) {
            PgType array = type.arrayOid() == 0 ? null : ctx.catalog().type(type.arrayOid());
            if (array == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "could not find array type for data type " + type.name());
            }
            return new ResolvedType(array, typmod);
        }
        return new ResolvedType(type, typmod);
    }

    /** A built-in type named without catalog lookup (for sequence AS clauses). */
    public static PgType resolveBuiltin(TypeName typeName) {
        String name = typeName.getNames(typeName.getNamesCount() - 1).getString().getSval();
        PgType t = builtin(name, typeName);
        if (t == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "type \"" + name + "\" does not exist");
        }
        return t;
    }

    private static PgType builtin(String name, TypeName typeName) {
        // float(p) means real for p <= 24 and double precision above, as in PostgreSQL's grammar.
        if (name.equals("float8") && typeName.getTypmodsCount() == 1) {
            long p = integerTypmod(typeName.getTypmods(0));
            if (p < 1) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "precision for type float must be at least 1 bit");
            }
            if (p > 53) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "precision for type float must be less than 54 bits");
            }
            return p <= 24 ? Types.FLOAT4 : Types.FLOAT8;
        }
        return Types.byName(name);
    }

    private static int typmod(PgType type, TypeName typeName) {
        if (typeName.getTypmodsCount() == 0) {
            // char without a length means char(1)
            return type.oid() == Types.BPCHAR.oid() && isSqlChar(typeName) ? TypeMods.varchar(1) : -1;
        }
        if (type.oid() == Types.FLOAT4.oid() || type.oid() == Types.FLOAT8.oid()) {
            return -1;
        }
        List<Integer> mods = new ArrayList<>();
        for (Node n : typeName.getTypmodsList()) {
            mods.add((int) integerTypmod(n));
        }
        try {
            return TypeMods.encode(type, mods);
        } catch (PgException e) {
            // PostgreSQL reports a bad modifier at the type name
            throw e.atLocation(typeName.getLocation());
        }
    }

    private static boolean isSqlChar(TypeName typeName) {
        return typeName.getNamesCount() == 2 && typeName.getNames(0).getString().getSval().equals("pg_catalog");
    }

    private static long integerTypmod(Node n) {
        if (n.hasAConst() && n.getAConst().hasIval()) {
            return n.getAConst().getIval().getIval();
        }
        throw new PgException(SqlState.SYNTAX_ERROR, "type modifiers must be simple constants or identifiers");
    }
}

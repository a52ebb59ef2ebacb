package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.TypeName;
import java.util.List;

/**
 * What PostgreSQL reports when a name in a DROP (or another command that names an existing
 * object) cannot be looked up: a qualified name's schema is checked first, then the types of
 * an argument list, and only then the object itself. With IF EXISTS each becomes a NOTICE
 * ending in ", skipping"; without it, an error.
 */
public final class MissingNames {
    /** The first of two lookups' missing pieces, or null. */
    public static Missing firstOf(Missing a, Missing b) {
        return a != null ? a : b;
    }

    /** A missing piece of a name, with the SQLSTATE its error carries. */
    public record Missing(String sqlState, String message) {
        public PgException error() {
            return new PgException(sqlState, message);
        }
    }

    private final DdlContext ddl;

    public MissingNames(DdlContext ddl) {
        this.ddl = ddl;
    }

    /** Reports a missing object: a NOTICE under IF EXISTS, else the error. */
    public void skipOrFail(boolean missingOk, Missing missing) {
        if (!missingOk) {
            throw missing.error();
        }
        ddl.notice(missing.message() + ", skipping");
    }

    /** The missing schema of a qualified name (the part before the last), or null. */
    public Missing schemaOf(List<String> names) {
        return names.size() > 1 ? schema(names.get(names.size() - 2)) : null;
    }

    public Missing schema(String name) {
        if (schemaExists(name)) {
            return null;
        }
        return new Missing(SqlState.INVALID_SCHEMA_NAME, "schema \"" + name + "\" does not exist");
    }

    private boolean schemaExists(String name) {
        // pg_temp always names the session's own temporary schema, created when first used
        return ddl.catalog().hasSchema(name) || name.equals("pg_temp") || name.equals("pg_toast");
    }

    /** The first of the types (schema, then type) that does not exist, or null when all do. */
    public Missing types(List<Node> typeNames) {
        for (Node n : typeNames) {
            if (n.hasTypeName()) {
                Missing m = type(n.getTypeName());
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    public Missing type(TypeName typeName) {
        Missing schema = schemaOf(TableBuilder.names(typeName.getNamesList()));
        if (schema != null) {
            return schema;
        }
        try {
            TypeNameResolver.resolve(typeName, ddl.analysis());
            return null;
        } catch (PgException e) {
            if (!SqlState.UNDEFINED_OBJECT.equals(e.sqlState())) {
                throw e;
            }
            return new Missing(SqlState.UNDEFINED_OBJECT, "type \"" + written(typeName) + "\" does not exist");
        }
    }

    /** A type name as the statement wrote it (PostgreSQL's TypeNameToString): pg_catalog.int4[], without modifiers. */
    public static String written(TypeName typeName) {
        return String.join(".", TableBuilder.names(typeName.getNamesList())) + (typeName.getArrayBoundsCount() > 0 ? "[]" : "");
    }
}

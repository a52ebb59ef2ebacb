package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.catalog.CatalogStore;
import io.pgmicro.catalog.CompositeTypeDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.parse.ast.ColumnDef;
import io.pgmicro.parse.ast.CompositeTypeStmt;
import io.pgmicro.parse.ast.Node;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE TYPE name AS (...) and DROP TYPE of a composite type. The type lives only in the
 * catalog: its values are stored as text in the columns of other tables (see the types
 * package), so no SQLite table stands behind it.
 */
final class CompositeTypes {
    private final DdlContext ddl;

    CompositeTypes(DdlContext ddl) {
        this.ddl = ddl;
    }

    String create(CompositeTypeStmt stmt) {
        String name = stmt.getTypevar().getRelname();
        String schema = ddl.creationSchema(stmt.getTypevar().getSchemaname().isEmpty() ? null
                : stmt.getTypevar().getSchemaname());
        if (ddl.catalog().findUserType(schema, name, List.of(schema)) != null
                || ddl.catalog().findDomain(schema, name, List.of(schema)) != null
                || ddl.catalog().relation(schema, name) != null) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "type \"" + name + "\" already exists");
        }
        List<CompositeTypeDef.Attribute> attributes = new ArrayList<>();
        for (Node n : stmt.getColdeflistList()) {
            ColumnDef c = n.getColumnDef();
            for (CompositeTypeDef.Attribute a : attributes) {
                if (a.name().equals(c.getColname())) {
                    throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + c.getColname() + "\" specified more than once");
                }
            }
            attributes.add(attribute(c));
        }
        store(new CompositeTypeDef(ddl.newOid(), ddl.newOid(), ddl.newOid(), schema, name, attributes));
        return "CREATE TYPE";
    }

    /** DROP TYPE of a composite type; false when the name is no composite type. */
    boolean drop(String schema, String name) {
        CompositeTypeDef def = find(schema, name);
        if (def == null) {
            return false;
        }
        List<String> users = dependents(def);
        if (!users.isEmpty()) {
            throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop type " + name
                    + " because other objects depend on it")
                    .withDetail(String.join("\n", users.stream().map(u -> u + " depends on type " + name).toList()))
                    .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
        }
        try {
            CatalogStore.remove(ddl.conn(), def.oid());
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: " + e.getMessage());
        }
        return true;
    }

    private CompositeTypeDef find(String schema, String name) {
        var type = ddl.catalog().findUserType(schema, name, ddl.analysis().searchPath());
        return type == null ? null : ddl.catalog().composite(type.oid());
    }

    /** The objects that use the type, as PostgreSQL names them in DETAIL. */
    private List<String> dependents(CompositeTypeDef def) {
        List<String> out = new ArrayList<>();
        for (RelationDef r : ddl.catalog().relations()) {
            for (var a : r.attributes()) {
                if (a.typeOid() == def.oid() || a.typeOid() == def.arrayOid()) {
                    out.add("column " + a.name() + " of " + DdlExecutor.kindName(r) + " " + r.name());
                }
            }
        }
        for (CompositeTypeDef other : ddl.catalog().composites()) {
            for (CompositeTypeDef.Attribute a : other.attributes()) {
                if (other.oid() != def.oid() && (a.typeOid() == def.oid() || a.typeOid() == def.arrayOid())) {
                    out.add("column " + a.name() + " of composite type " + other.name());
                }
            }
        }
        return out;
    }

    private CompositeTypeDef.Attribute attribute(ColumnDef c) {
        // a field of a domain is kept as its base type, without the domain's checks
        TypeNameResolver.ResolvedType t = TypeNameResolver.resolve(c.getTypeName(), ddl.analysis());
        return new CompositeTypeDef.Attribute(c.getColname(), t.type().oid(), t.typmod());
    }

    private void store(CompositeTypeDef def) {
        try {
            CatalogStore.putComposite(ddl.conn(), def);
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: " + e.getMessage());
        }
    }
}

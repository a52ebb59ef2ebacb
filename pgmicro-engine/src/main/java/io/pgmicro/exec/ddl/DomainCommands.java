package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.CatalogStore;
import io.pgmicro.catalog.DomainDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.emit.DomainConstraints;
import io.pgmicro.emit.SqlText;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.AlterDomainStmt;
import io.pgmicro.parse.ast.Constraint;
import io.pgmicro.parse.ast.CreateDomainStmt;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.types.Types;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE DOMAIN, ALTER DOMAIN and DROP DOMAIN. A change to a domain's constraints is
 * checked against the stored values of every column of the domain (or of a domain over
 * it), and then those tables are rebuilt, because their SQLite CHECKs carry the domain's
 * constraints.
 */
final class DomainCommands {
    private final DdlContext ddl;

    DomainCommands(DdlContext ddl) {
        this.ddl = ddl;
    }

    String create(CreateDomainStmt stmt) {
        List<String> names = TableBuilder.names(stmt.getDomainnameList());
        String name = names.get(names.size() - 1);
        String schema = ddl.creationSchema(names.size() > 1 ? names.get(names.size() - 2) : null);
        CatalogSnapshot catalog = ddl.catalog();
        if (catalog.findUserType(schema, name, List.of(schema)) != null || catalog.findDomain(schema, name, List.of(schema)) != null) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "type \"" + name + "\" already exists");
        }
        TypeNameResolver.ResolvedType base;
        try {
            base = TypeNameResolver.resolve(stmt.getTypeName(), ddl.analysis());
        } catch (PgException e) {
            throw withoutPosition(e);
        }
        int parent = base.domain() == null ? 0 : base.domain().oid();
        DomainDef domain = new DomainDef(ddl.newOid(), schema, name, base.type().oid(), base.typmod(), parent, false, null,
                List.of());
        for (Node n : stmt.getConstraintsList()) {
            Constraint c = n.getConstraint();
            switch (c.getContype()) {
                case CONSTR_NOTNULL -> domain = domain.withNotNull(true);
                case CONSTR_NULL -> domain = domain.withNotNull(false);
                case CONSTR_DEFAULT -> domain = domain.withDefault(Parser.deparseExpression(c.getRawExpr()));
                case CONSTR_CHECK -> domain = domain.withCheck(check(domain, c));
                default -> throw new PgException(SqlState.SYNTAX_ERROR, c.getContype() == io.pgmicro.parse.ast.ConstrType.CONSTR_UNIQUE
                        ? "unique constraints not possible for domains" : "constraints of this kind are not possible for domains")
                        .atLocation(c.getLocation());
            }
        }
        store(domain);
        return "CREATE DOMAIN";
    }

    /** A CHECK of the domain, named as PostgreSQL names it when unnamed, and translated once to report errors now. */
    private DomainDef.Check check(DomainDef domain, Constraint c) {
        String name = c.getConname();
        if (name.isEmpty()) {
            name = DdlContext.truncate(domain.name() + "_check");
            for (int i = 1; hasCheck(domain, name); i++) {
                name = DdlContext.truncate(domain.name() + "_check" + i);
            }
        } else if (hasCheck(domain, name)) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "constraint \"" + name + "\" for domain \"" + domain.name()
                    + "\" already exists");
        }
        String expr = Parser.deparseExpression(c.getRawExpr());
        try {
            DomainConstraints.condition(domain, expr, "NULL", ddl.analysis());
        } catch (PgException e) {
            throw withoutPosition(e);
        }
        return new DomainDef.Check(ddl.newOid(), name, expr);
    }

    /**
     * PostgreSQL reports errors in a domain's definition without a position (and the
     * translated expression is a re-parsed copy, whose positions would point elsewhere).
     */
    private static PgException withoutPosition(PgException e) {
        return new PgException(e.sqlState(), e.getMessage()).withDetail(e.detail()).withHint(e.hint());
    }

    private static boolean hasCheck(DomainDef domain, String name) {
        return domain.checks().stream().anyMatch(k -> k.name().equals(name));
    }

    String alter(AlterDomainStmt stmt) {
        DomainDef domain = find(TableBuilder.names(stmt.getTypeNameList()));
        switch (stmt.getSubtype()) {
            case "T" -> store(domain.withDefault(stmt.hasDef() ? Parser.deparseExpression(stmt.getDef()) : null));
            case "N" -> changeConstraints(domain.withNotNull(false));
            case "O" -> {
                for (Column c : columnsOf(domain)) {
                    if (c.holds("NOT (" + SqlText.ident(c.attribute().name()) + " IS NOT NULL)")) {
                        throw new PgException(SqlState.NOT_NULL_VIOLATION, "column \"" + c.attribute().name() + "\" of table \""
                                + c.table().name() + "\" contains null values");
                    }
                }
                changeConstraints(domain.withNotNull(true));
            }
            case "C" -> {
                Constraint c = stmt.getDef().getConstraint();
                if (c.getContype() != io.pgmicro.parse.ast.ConstrType.CONSTR_CHECK) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro supports only CHECK constraints in ALTER DOMAIN ADD");
                }
                DomainDef.Check check = check(domain, c);
                if (!c.getSkipValidation()) {
                    for (Column col : columnsOf(domain)) {
                        String condition = DomainConstraints.condition(domain, check.expr(), SqlText.ident(col.attribute().name()),
                                ddl.analysis());
                        if (col.holds("NOT (" + condition + ")")) {
                            throw new PgException(SqlState.CHECK_VIOLATION, "column \"" + col.attribute().name() + "\" of table \""
                                    + col.table().name() + "\" contains values that violate the new constraint");
                        }
                    }
                }
                changeConstraints(domain.withCheck(check));
            }
            case "X" -> {
                if (!hasCheck(domain, stmt.getName())) {
                    String message = "constraint \"" + stmt.getName() + "\" of domain \"" + domain.name() + "\" does not exist";
                    if (stmt.getMissingOk()) {
                        ddl.notice(message + ", skipping");
                        return "ALTER DOMAIN";
                    }
                    throw new PgException(SqlState.UNDEFINED_OBJECT, message);
                }
                changeConstraints(domain.withoutCheck(stmt.getName()));
            }
            case "V" -> {
                // constraints are always validated when added, so there is nothing left to validate
            }
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support this ALTER DOMAIN yet");
        }
        return "ALTER DOMAIN";
    }

    void drop(List<String> names, String written, boolean missingOk, boolean cascade) {
        String name = names.get(names.size() - 1);
        String schema = names.size() > 1 ? names.get(names.size() - 2) : null;
        if (missingOk && ddl.reload().findDomain(schema, name, ddl.analysis().searchPath()) == null) {
            ddl.notice("type \"" + written + "\" does not exist, skipping");
            return;
        }
        DomainDef domain = find(names);
        List<String> details = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<Runnable> cascades = new ArrayList<>();
        collectDependents(domain, ddl.reload(), details, dropped, cascades);
        Dependencies.refuseOrCascade(ddl, "type " + domain.name(), details, dropped, cascades, cascade);
        ddl.remove(domain.oid());
    }

    /** What depends on a domain, depth first as PostgreSQL lists it: domains over it (and theirs), then columns. */
    private void collectDependents(DomainDef domain, CatalogSnapshot catalog, List<String> details, List<String> dropped,
                                   List<Runnable> cascades) {
        List<DomainDef> over = new ArrayList<>(catalog.domains());
        over.removeIf(d -> d.parentOid() != domain.oid());
        over.sort(java.util.Comparator.comparingInt(DomainDef::oid));
        for (DomainDef other : over) {
            details.add("type " + other.name() + " depends on type " + domain.name());
            dropped.add("type " + other.name());
            collectDependents(other, catalog, details, dropped, cascades);
            cascades.add(() -> ddl.remove(other.oid()));
        }
        List<RelationDef> tables = new ArrayList<>(catalog.relations());
        tables.sort(java.util.Comparator.comparingInt(RelationDef::oid));
        for (RelationDef table : tables) {
            for (AttributeDef a : table.attributes()) {
                if (a.domainOid() == domain.oid()) {
                    details.add("column " + a.name() + " of table " + table.name() + " depends on type " + domain.name());
                    dropped.add("column " + a.name() + " of table " + table.name());
                    cascades.add(() -> new AlterTable(ddl).dropColumn(ddl.reload().relation(table.oid()), a.name(), false));
                }
            }
        }
    }

    private DomainDef find(List<String> names) {
        String name = names.get(names.size() - 1);
        String schema = names.size() > 1 ? names.get(names.size() - 2) : null;
        CatalogSnapshot catalog = ddl.reload();
        DomainDef domain = catalog.findDomain(schema, name, ddl.analysis().searchPath());
        if (domain != null) {
            return domain;
        }
        io.pgmicro.types.PgType other = catalog.findUserType(schema, name, ddl.analysis().searchPath());
        if (other == null && schema == null) {
            other = Types.byName(name);
        }
        if (other != null) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, io.pgmicro.analyze.TypeDisplay.name(other) + " is not a domain");
        }
        throw new PgException(SqlState.UNDEFINED_OBJECT, "type \"" + String.join(".", names) + "\" does not exist");
    }

    /** Stores a domain whose constraints changed, and rebuilds the tables that enforce them. */
    private void changeConstraints(DomainDef domain) {
        List<Column> columns = columnsOf(domain);
        store(domain);
        AlterTable tables = new AlterTable(ddl);
        List<Integer> rebuilt = new ArrayList<>();
        for (Column c : columns) {
            if (!rebuilt.contains(c.table().oid())) {
                rebuilt.add(c.table().oid());
                RelationDef current = ddl.reload().relation(c.table().oid());
                tables.rebuild(current, current);
            }
        }
    }

    private void store(DomainDef domain) {
        try {
            CatalogStore.putDomain(ddl.conn(), domain);
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: cannot write the catalog: " + e.getMessage());
        }
    }

    /** A stored column of a domain. */
    private record Column(RelationDef table, AttributeDef attribute, DdlContext ddl) {
        /** Whether some stored row meets the SQLite condition. */
        boolean holds(String condition) {
            try {
                return !QueryRunner.query(ddl.conn(), "SELECT 1 FROM " + SqlText.ident(table.sqliteName()) + " WHERE " + condition
                        + " LIMIT 1", List.of(), 1).isEmpty();
            } catch (SQLException e) {
                throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: " + e.getMessage());
            }
        }
    }

    /** The table columns of the domain or of any domain declared over it. */
    private List<Column> columnsOf(DomainDef domain) {
        CatalogSnapshot catalog = ddl.reload();
        List<Column> out = new ArrayList<>();
        for (RelationDef table : catalog.relations()) {
            if (!table.isTable()) {
                continue;
            }
            for (AttributeDef a : table.attributes()) {
                if (catalog.domainChain(a.domainOid()).stream().anyMatch(d -> d.oid() == domain.oid())) {
                    out.add(new Column(table, a, ddl));
                }
            }
        }
        return out;
    }
}

package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relations of pg_catalog and information_schema, and how a name in a query finds
 * them. Relations listed in {@link SystemRelationSpecs} without a row producer here
 * are ones that are empty in a pgmicro database (no triggers, policies, publications ...).
 */
public final class SystemCatalog {
    private static final Map<String, SystemTable.RowSource> SOURCES = Map.ofEntries(
            Map.entry("pg_catalog.pg_namespace", new PgNamespaceRows()),
            Map.entry("pg_catalog.pg_class", new PgClassRows()),
            Map.entry("pg_catalog.pg_attribute", new PgAttributeRows()),
            Map.entry("pg_catalog.pg_type", new PgTypeRows()),
            Map.entry("pg_catalog.pg_index", new PgIndexRows()),
            Map.entry("pg_catalog.pg_trigger", new PgTriggerRows()),
            Map.entry("pg_catalog.pg_constraint", new PgConstraintRows()),
            Map.entry("pg_catalog.pg_attrdef", new PgAttrdefRows()),
            Map.entry("pg_catalog.pg_description", new PgDescriptionRows()),
            Map.entry("pg_catalog.pg_sequence", new PgSequenceRows()),
            Map.entry("pg_catalog.pg_enum", new PgEnumRows()),
            Map.entry("pg_catalog.pg_depend", new PgDependRows()),
            Map.entry("pg_catalog.pg_inherits", PgInheritsRows::inherits),
            Map.entry("pg_catalog.pg_partitioned_table", PgInheritsRows::partitionedTables),
            Map.entry("pg_catalog.pg_rewrite", new PgRewriteRows()),
            Map.entry("pg_catalog.pg_database", new PgDatabaseRows()),
            Map.entry("pg_catalog.pg_db_role_setting", PgDatabaseRows::settings),
            Map.entry("pg_catalog.pg_proc", new PgProcRows()),
            Map.entry("pg_catalog.pg_authid", RoleRows::authid),
            Map.entry("pg_catalog.pg_roles", RoleRows::roles),
            Map.entry("pg_catalog.pg_user", RoleRows::users),
            Map.entry("pg_catalog.pg_am", FixedRows::accessMethods),
            Map.entry("pg_catalog.pg_collation", FixedRows::collations),
            Map.entry("pg_catalog.pg_tablespace", FixedRows::tablespaces),
            Map.entry("pg_catalog.pg_language", FixedRows::languages),
            Map.entry("pg_catalog.pg_extension", FixedRows::extensions),
            Map.entry("pg_catalog.pg_tables", SystemViewRows::tables),
            Map.entry("pg_catalog.pg_views", SystemViewRows::views),
            Map.entry("pg_catalog.pg_indexes", SystemViewRows::indexes),
            Map.entry("pg_catalog.pg_sequences", SystemViewRows::sequences),
            Map.entry("pg_catalog.pg_settings", SystemViewRows::settings),
            Map.entry("pg_catalog.pg_prepared_statements", SystemViewRows::preparedStatements),
            Map.entry("pg_catalog.pg_cursors", SystemViewRows::cursors),
            Map.entry("pg_catalog.pg_stat_user_tables", SystemViewRows::userTableStatistics),
            Map.entry("information_schema.schemata", InformationSchemaRows::schemata),
            Map.entry("information_schema.tables", InformationSchemaRows::tables),
            Map.entry("information_schema.columns", InformationSchemaRows::columns),
            Map.entry("information_schema.views", InformationSchemaRows::views),
            Map.entry("information_schema.table_constraints", InformationSchemaRows::tableConstraints),
            Map.entry("information_schema.check_constraints", InformationSchemaRows::checkConstraints),
            Map.entry("information_schema.key_column_usage", InformationSchemaRows::keyColumnUsage),
            Map.entry("information_schema.referential_constraints", InformationSchemaRows::referentialConstraints),
            Map.entry("information_schema.constraint_column_usage", InformationSchemaRows::constraintColumnUsage),
            Map.entry("information_schema.sequences", InformationSchemaRows::sequences),
            Map.entry("information_schema.triggers", InformationSchemaRows::triggers));

    private static final Map<String, SystemTable> TABLES = new LinkedHashMap<>();

    /** Catalog functions without arguments that return rows, read in FROM as if relations; OIDs are pg_proc's. */
    private static final Map<String, SystemTable> TABLE_FUNCTIONS = Map.of(
            "pg_catalog.pg_get_keywords", new SystemTable(1686, "pg_catalog", "pg_get_keywords", 'f',
                    columns("word text, catcode char, barelabel bool, catdesc text, baredesc text"), Keywords::rows));

    static {
        for (SystemRelationSpecs.Spec spec : SystemRelationSpecs.ALL) {
            List<SystemColumn> columns = columns(spec.columns());
            String key = spec.schema() + "." + spec.name();
            SystemTable.RowSource source = SOURCES.getOrDefault(key, (catalog, session, out) -> { });
            TABLES.put(key, new SystemTable(spec.oid(), spec.schema(), spec.name(), spec.kind(), columns, source));
        }
    }

    private SystemCatalog() {
    }

    /** Columns written as "name type, name type ...". */
    private static List<SystemColumn> columns(String spec) {
        List<SystemColumn> columns = new ArrayList<>();
        for (String column : spec.split(", ")) {
            String[] parts = column.split(" ");
            columns.add(new SystemColumn(parts[0], SystemTypes.byName(parts[1])));
        }
        return columns;
    }

    /**
     * The argument-less set-returning catalog function a FROM-clause call names
     * (pg_get_keywords()), as a relation of its result columns; null if none. An
     * unqualified name means pg_catalog's.
     */
    public static SystemTable tableFunction(String schema, String name) {
        return TABLE_FUNCTIONS.get((schema == null || schema.isEmpty() ? "pg_catalog" : schema) + "." + name);
    }

    /**
     * The system relation a FROM-clause name refers to, or null when it names a user
     * relation or nothing. A qualified name must be in pg_catalog or
     * information_schema. An unqualified one is looked up along the search path with
     * pg_catalog searched first unless the path lists it, so a user table of the same
     * name wins only from a schema placed before pg_catalog.
     */
    public static SystemTable find(CatalogSnapshot catalog, String schema, String name, List<String> searchPath) {
        if (schema != null && !schema.isEmpty()) {
            return lookup(schema, name);
        }
        for (String s : Visibility.effectivePath(searchPath)) {
            if (s.equals("pg_catalog") || s.equals("information_schema")) {
                SystemTable t = lookup(s, name);
                if (t != null) {
                    return t;
                }
            } else if (catalog.relation(s, name) != null) {
                return null;
            }
        }
        return null;
    }

    static SystemTable lookup(String schema, String name) {
        return TABLES.get(schema + "." + name);
    }

    /** A system relation by OID (for regclass and the like), or null. */
    public static SystemTable byOid(int oid) {
        for (SystemTable t : TABLES.values()) {
            if (t.oid() == oid) {
                return t;
            }
        }
        return null;
    }

    public static Collection<SystemTable> all() {
        return Collections.unmodifiableCollection(TABLES.values());
    }
}

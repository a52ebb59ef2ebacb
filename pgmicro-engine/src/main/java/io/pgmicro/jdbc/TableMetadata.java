package io.pgmicro.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** getTables, getTableTypes, getSchemas and getCatalogs, answered from pg_class, pg_namespace and pg_database. */
final class TableMetadata {
    /** Every TABLE_TYPE getTables can report, in the order getTableTypes lists them. */
    static final List<String> TABLE_TYPES = List.of("FOREIGN TABLE", "INDEX", "MATERIALIZED VIEW",
            "PARTITIONED INDEX", "PARTITIONED TABLE", "SEQUENCE", "SYSTEM INDEX", "SYSTEM TABLE",
            "SYSTEM TOAST INDEX", "SYSTEM TOAST TABLE", "SYSTEM VIEW", "TABLE", "TEMPORARY INDEX",
            "TEMPORARY SEQUENCE", "TEMPORARY TABLE", "TEMPORARY VIEW", "TYPE", "VIEW");

    private final PgMicroConnection connection;

    TableMetadata(PgMicroConnection connection) {
        this.connection = connection;
    }

    ResultSet tables(String schemaPattern, String tablePattern, String[] types) throws SQLException {
        List<CatalogQuery.Row> found = CatalogQuery.run(connection,
                "SELECT pg_catalog.current_database(), n.nspname, c.relname, c.relkind,"
                        + " pg_catalog.obj_description(c.oid, 'pg_class')"
                        + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE true" + CatalogQuery.like("n.nspname", schemaPattern)
                        + CatalogQuery.like("c.relname", tablePattern),
                CatalogQuery.present(schemaPattern, tablePattern));
        Set<String> wanted = types == null ? null : Set.copyOf(Arrays.asList(types));
        MetadataRows rows = new MetadataRows("TABLE_CAT name, TABLE_SCHEM name, TABLE_NAME name, TABLE_TYPE text,"
                + " REMARKS text, TYPE_CAT text, TYPE_SCHEM text, TYPE_NAME text, SELF_REFERENCING_COL_NAME text,"
                + " REF_GENERATION text");
        for (CatalogQuery.Row r : found) {
            String type = tableType(r.text(1), r.text(3));
            if (type != null && (wanted == null || wanted.contains(type))) {
                rows.add(r.text(0), r.text(1), r.text(2), type, r.text(4), "", "", "", "", "");
            }
        }
        rows.sortBy(4, 2, 3);
        return rows.toResultSet(connection);
    }

    /** The JDBC table type of a relation kind in a schema; null for kinds JDBC has no name for. */
    static String tableType(String schema, String relkind) {
        String kind = switch (relkind) {
            case "r" -> "TABLE";
            case "p" -> "PARTITIONED TABLE";
            case "i" -> "INDEX";
            case "I" -> "PARTITIONED INDEX";
            case "S" -> "SEQUENCE";
            case "v" -> "VIEW";
            case "m" -> "MATERIALIZED VIEW";
            case "c" -> "TYPE";
            case "f" -> "FOREIGN TABLE";
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        if (schema.equals("pg_catalog") || schema.equals("information_schema")) {
            return switch (kind) {
                case "TABLE", "VIEW", "INDEX" -> "SYSTEM " + kind;
                default -> null;
            };
        }
        if (schema.equals("pg_toast")) {
            return switch (kind) {
                case "TABLE", "INDEX" -> "SYSTEM TOAST " + kind;
                default -> null;
            };
        }
        if (schema.startsWith("pg_temp_")) {
            return switch (kind) {
                case "TABLE", "VIEW", "INDEX", "SEQUENCE" -> "TEMPORARY " + kind;
                default -> null;
            };
        }
        return kind;
    }

    ResultSet tableTypes() {
        MetadataRows rows = new MetadataRows("TABLE_TYPE varchar");
        for (String type : TABLE_TYPES) {
            rows.add(type);
        }
        return rows.toResultSet(connection);
    }

    ResultSet schemas(String schemaPattern) throws SQLException {
        List<CatalogQuery.Row> found = CatalogQuery.run(connection,
                "SELECT n.nspname, pg_catalog.current_database() FROM pg_catalog.pg_namespace n WHERE true"
                        + CatalogQuery.like("n.nspname", schemaPattern),
                CatalogQuery.present(schemaPattern));
        MetadataRows rows = new MetadataRows("TABLE_SCHEM name, TABLE_CATALOG name");
        for (CatalogQuery.Row r : found) {
            String schema = r.text(0);
            // Toast and other sessions' temporary schemas are storage details, not schemas a user names.
            if (!schema.equals("pg_toast") && !schema.startsWith("pg_temp_") && !schema.startsWith("pg_toast_temp_")) {
                rows.add(schema, r.text(1));
            }
        }
        rows.sortBy(1);
        return rows.toResultSet(connection);
    }

    ResultSet catalogs() throws SQLException {
        MetadataRows rows = new MetadataRows("TABLE_CAT name");
        for (CatalogQuery.Row r : CatalogQuery.run(connection,
                "SELECT datname FROM pg_catalog.pg_database WHERE datallowconn ORDER BY datname")) {
            rows.add(r.text(0));
        }
        return rows.toResultSet(connection);
    }
}

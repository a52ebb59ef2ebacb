package io.pgmicro.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** getColumns: one row per live column of the matching tables, views and foreign tables. */
final class ColumnMetadata {
    private final PgMicroConnection connection;

    ColumnMetadata(PgMicroConnection connection) {
        this.connection = connection;
    }

    ResultSet columns(String schemaPattern, String tablePattern, String columnPattern) throws SQLException {
        List<CatalogQuery.Row> found = CatalogQuery.run(connection,
                "SELECT pg_catalog.current_database(), n.nspname, c.relname, a.attname,"
                        + " CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END,"
                        + " CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END,"
                        + " a.attnotnull OR (t.typtype = 'd' AND t.typnotnull), a.attidentity, a.attgenerated,"
                        + " pg_catalog.pg_get_expr(d.adbin, d.adrelid), pg_catalog.col_description(c.oid, a.attnum),"
                        + " t.typname, tn.nspname, pg_catalog.pg_type_is_visible(t.oid), t.typtype, t.typcategory, a.attrelid"
                        + " FROM pg_catalog.pg_class c"
                        + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                        + " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid"
                        + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
                        + " JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace"
                        + " LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                        + " WHERE c.relkind IN ('r', 'p', 'v', 'f', 'm') AND a.attnum > 0 AND NOT a.attisdropped"
                        + CatalogQuery.like("n.nspname", schemaPattern) + CatalogQuery.like("c.relname", tablePattern)
                        + " ORDER BY n.nspname, c.relname, a.attnum",
                CatalogQuery.present(schemaPattern, tablePattern));
        MetadataRows rows = new MetadataRows("TABLE_CAT varchar, TABLE_SCHEM varchar, TABLE_NAME varchar,"
                + " COLUMN_NAME varchar, DATA_TYPE int2, TYPE_NAME varchar, COLUMN_SIZE int4, BUFFER_LENGTH varchar,"
                + " DECIMAL_DIGITS int4, NUM_PREC_RADIX int4, NULLABLE int4, REMARKS varchar, COLUMN_DEF varchar,"
                + " SQL_DATA_TYPE int4, SQL_DATETIME_SUB int4, CHAR_OCTET_LENGTH int4, ORDINAL_POSITION int4,"
                + " IS_NULLABLE varchar, SCOPE_CATALOG varchar, SCOPE_SCHEMA varchar, SCOPE_TABLE varchar,"
                + " SOURCE_DATA_TYPE int2, IS_AUTOINCREMENT varchar, IS_GENERATEDCOLUMN varchar");
        String table = null;
        int position = 0;
        for (CatalogQuery.Row r : found) {
            // Ordinal positions count live columns only, so a dropped column leaves no gap.
            position = r.text(16).equals(table) ? position + 1 : 1;
            table = r.text(16);
            if (columnPattern != null && !LikePattern.matches(columnPattern, r.text(3))) {
                continue;
            }
            int typeOid = r.integer(4);
            int typmod = r.values()[5] == null ? -1 : r.integer(5);
            int sqlType = CatalogTypes.sqlType(typeOid, r.text(14), r.text(15));
            int size = CatalogTypes.precision(typeOid, typmod);
            boolean notNull = r.bool(6);
            boolean identity = r.text(7) != null && !r.text(7).isEmpty();
            boolean generated = r.text(8) != null && !r.text(8).isEmpty();
            String defaultExpr = r.text(9);
            boolean serial = defaultExpr != null && defaultExpr.contains("nextval(");
            rows.add(r.text(0), r.text(1), r.text(2), r.text(3), (short) sqlType,
                    typeName(r, serial), size, null, CatalogTypes.scale(typeOid, typmod), 10,
                    notNull ? DatabaseMetaData.columnNoNulls : DatabaseMetaData.columnNullable,
                    r.text(10), defaultExpr, null, null,
                    CatalogTypes.hasOctetLength(sqlType) ? Integer.valueOf(size) : null, position,
                    notNull ? "NO" : "YES", null, null, null, null,
                    serial || identity ? "YES" : "NO", generated ? "YES" : "NO");
        }
        return rows.toResultSet(connection);
    }

    /** The declared type's name; integer columns fed by a sequence read as the serial type that made them. */
    private static String typeName(CatalogQuery.Row r, boolean serial) {
        String typname = r.text(11);
        if (serial) {
            switch (typname) {
                case "int4":
                    return "serial";
                case "int8":
                    return "bigserial";
                case "int2":
                    return "smallserial";
                default:
                    break;
            }
        }
        return CatalogTypes.displayName(typname, r.text(12), r.bool(13));
    }
}

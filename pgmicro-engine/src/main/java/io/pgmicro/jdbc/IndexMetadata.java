package io.pgmicro.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** getIndexInfo: one row per key column of each index on a table, from pg_index. */
final class IndexMetadata {
    /** The bit of pg_index.indoption that marks a descending key column. */
    private static final int DESCENDING = 1;

    private final PgMicroConnection connection;

    IndexMetadata(PgMicroConnection connection) {
        this.connection = connection;
    }

    ResultSet indexInfo(String schema, String table, boolean uniqueOnly) throws SQLException {
        List<CatalogQuery.Row> found = CatalogQuery.run(connection,
                "SELECT pg_catalog.current_database(), n.nspname, c.relname, NOT i.indisunique, ic.relname,"
                        + " i.indkey, i.indoption, ic.reltuples, ic.relpages,"
                        + " pg_catalog.pg_get_expr(i.indpred, i.indrelid), c.oid, i.indexrelid, i.indnkeyatts"
                        + " FROM pg_catalog.pg_index i"
                        + " JOIN pg_catalog.pg_class c ON c.oid = i.indrelid"
                        + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                        + " JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
                        + " WHERE true" + (uniqueOnly ? " AND i.indisunique" : "")
                        + CatalogQuery.equal("n.nspname", schema) + CatalogQuery.equal("c.relname", table),
                CatalogQuery.present(schema, table));
        MetadataRows rows = new MetadataRows("TABLE_CAT name, TABLE_SCHEM name, TABLE_NAME name, NON_UNIQUE bool,"
                + " INDEX_QUALIFIER text, INDEX_NAME name, TYPE int4, ORDINAL_POSITION int4, COLUMN_NAME text,"
                + " ASC_OR_DESC text, CARDINALITY float4, PAGES int4, FILTER_CONDITION text, REMARKS text");
        AttributeNames names = new AttributeNames(connection);
        for (CatalogQuery.Row r : found) {
            List<Integer> keys = r.numbers(5);
            List<Integer> options = r.numbers(6);
            int keyColumns = r.values()[12] == null ? keys.size() : r.integer(12);
            for (int k = 0; k < keyColumns; k++) {
                String column = keys.get(k) == 0 ? expression(r.text(11), k + 1) : names.name(r.text(10), keys.get(k));
                boolean descending = k < options.size() && (options.get(k) & DESCENDING) != 0;
                rows.add(r.text(0), r.text(1), r.text(2), r.bool(3), null, r.text(4),
                        (int) DatabaseMetaData.tableIndexOther, k + 1, column, descending ? "D" : "A",
                        Float.parseFloat(r.text(7)), (int) Float.parseFloat(r.text(8)), r.text(9), null);
            }
        }
        rows.sortBy(4, 7, 6, 8);
        return rows.toResultSet(connection);
    }

    /** The text of an expression key column, as pg_get_indexdef prints that one column. */
    private String expression(String indexOid, int position) throws SQLException {
        return CatalogQuery.run(connection, "SELECT pg_catalog.pg_get_indexdef(CAST(? AS oid), ?, true)",
                indexOid, position).get(0).text(0);
    }
}

package io.pgmicro.jdbc;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Column names by table OID and attribute number, fetched once per table: keys and indexes
 * list their columns as numbers (conkey, indkey), and JDBC wants names.
 */
final class AttributeNames {
    private final PgMicroConnection connection;
    private final Map<String, Map<Integer, String>> byTable = new HashMap<>();

    AttributeNames(PgMicroConnection connection) {
        this.connection = connection;
    }

    String name(String tableOid, int attnum) throws SQLException {
        Map<Integer, String> names = byTable.get(tableOid);
        if (names == null) {
            names = new HashMap<>();
            for (CatalogQuery.Row r : CatalogQuery.run(connection,
                    "SELECT attnum, attname FROM pg_catalog.pg_attribute WHERE attrelid = CAST(? AS oid) AND attnum > 0",
                    tableOid)) {
                names.put(r.integer(0), r.text(1));
            }
            byTable.put(tableOid, names);
        }
        return names.get(attnum);
    }
}

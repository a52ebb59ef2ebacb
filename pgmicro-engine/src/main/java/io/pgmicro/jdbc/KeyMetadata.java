package io.pgmicro.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** getPrimaryKeys and the foreign-key trio (imported, exported, cross reference), from pg_constraint. */
final class KeyMetadata {
    private final PgMicroConnection connection;

    KeyMetadata(PgMicroConnection connection) {
        this.connection = connection;
    }

    ResultSet primaryKeys(String schema, String table) throws SQLException {
        List<CatalogQuery.Row> found = CatalogQuery.run(connection,
                "SELECT pg_catalog.current_database(), n.nspname, c.relname, con.conname, con.conkey, c.oid"
                        + " FROM pg_catalog.pg_constraint con"
                        + " JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"
                        + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE con.contype = 'p'" + CatalogQuery.equal("n.nspname", schema)
                        + CatalogQuery.equal("c.relname", table),
                CatalogQuery.present(schema, table));
        MetadataRows rows = new MetadataRows("TABLE_CAT name, TABLE_SCHEM name, TABLE_NAME name, COLUMN_NAME name,"
                + " KEY_SEQ int4, PK_NAME name");
        AttributeNames names = new AttributeNames(connection);
        for (CatalogQuery.Row r : found) {
            List<Integer> columns = r.numbers(4);
            for (int i = 0; i < columns.size(); i++) {
                rows.add(r.text(0), r.text(1), r.text(2), names.name(r.text(5), columns.get(i)), i + 1, r.text(3));
            }
        }
        rows.sortBy(3, 6, 5);
        return rows.toResultSet(connection);
    }

    /**
     * Foreign keys by the referenced (primary) and the referencing (foreign) table; a null side is
     * not restricted. getImportedKeys lists them in the order of the referenced tables, the others
     * in the order of the referencing ones.
     */
    ResultSet foreignKeys(String pkSchema, String pkTable, String fkSchema, String fkTable, boolean orderByPrimaryTable)
            throws SQLException {
        List<CatalogQuery.Row> found = CatalogQuery.run(connection,
                "SELECT pg_catalog.current_database(), pn.nspname, pc.relname, fn.nspname, fc.relname,"
                        + " con.conkey, con.confkey, con.confupdtype, con.confdeltype, con.conname, ic.relname,"
                        + " con.condeferrable, con.condeferred, pc.oid, fc.oid"
                        + " FROM pg_catalog.pg_constraint con"
                        + " JOIN pg_catalog.pg_class fc ON fc.oid = con.conrelid"
                        + " JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace"
                        + " JOIN pg_catalog.pg_class pc ON pc.oid = con.confrelid"
                        + " JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace"
                        + " LEFT JOIN pg_catalog.pg_class ic ON ic.oid = con.conindid"
                        + " WHERE con.contype = 'f'" + CatalogQuery.equal("pn.nspname", pkSchema)
                        + CatalogQuery.equal("pc.relname", pkTable) + CatalogQuery.equal("fn.nspname", fkSchema)
                        + CatalogQuery.equal("fc.relname", fkTable),
                CatalogQuery.present(pkSchema, pkTable, fkSchema, fkTable));
        MetadataRows rows = new MetadataRows("PKTABLE_CAT name, PKTABLE_SCHEM name, PKTABLE_NAME name,"
                + " PKCOLUMN_NAME name, FKTABLE_CAT name, FKTABLE_SCHEM name, FKTABLE_NAME name, FKCOLUMN_NAME name,"
                + " KEY_SEQ int4, UPDATE_RULE int4, DELETE_RULE int4, FK_NAME name, PK_NAME name, DEFERRABILITY int4");
        AttributeNames names = new AttributeNames(connection);
        for (CatalogQuery.Row r : found) {
            List<Integer> fkColumns = r.numbers(5);
            List<Integer> pkColumns = r.numbers(6);
            for (int i = 0; i < fkColumns.size(); i++) {
                rows.add(r.text(0), r.text(1), r.text(2), names.name(r.text(13), pkColumns.get(i)),
                        r.text(0), r.text(3), r.text(4), names.name(r.text(14), fkColumns.get(i)),
                        i + 1, rule(r.text(7)), rule(r.text(8)), r.text(9), r.text(10),
                        deferrability(r.bool(11), r.bool(12)));
            }
        }
        if (orderByPrimaryTable) {
            rows.sortBy(2, 3, 12, 9);
        } else {
            rows.sortBy(6, 7, 12, 9);
        }
        return rows.toResultSet(connection);
    }

    private static int rule(String action) {
        return switch (action) {
            case "c" -> DatabaseMetaData.importedKeyCascade;
            case "n" -> DatabaseMetaData.importedKeySetNull;
            case "d" -> DatabaseMetaData.importedKeySetDefault;
            case "r" -> DatabaseMetaData.importedKeyRestrict;
            default -> DatabaseMetaData.importedKeyNoAction;
        };
    }

    private static int deferrability(boolean deferrable, boolean deferred) {
        if (!deferrable) {
            return DatabaseMetaData.importedKeyNotDeferrable;
        }
        return deferred ? DatabaseMetaData.importedKeyInitiallyDeferred : DatabaseMetaData.importedKeyInitiallyImmediate;
    }
}

package io.pgmicro.jdbc;

import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * getTypeInfo: a row per type in pg_type that a column can be declared with (no arrays, no
 * row types of tables), plus the serial pseudo-types after their integer types, ordered by
 * JDBC type code as the specification asks.
 */
final class TypeInfoMetadata {
    private static final Map<Integer, String> SERIALS = Map.of(21, "smallserial", 23, "serial", 20, "bigserial");

    private final PgMicroConnection connection;

    TypeInfoMetadata(PgMicroConnection connection) {
        this.connection = connection;
    }

    private record TypeRow(String name, int oid, int sqlType, boolean serial) {
    }

    ResultSet typeInfo() throws SQLException {
        List<TypeRow> types = new ArrayList<>();
        for (CatalogQuery.Row r : CatalogQuery.run(connection,
                "SELECT t.typname, t.oid, t.typtype, t.typcategory FROM pg_catalog.pg_type t"
                        + " WHERE t.typrelid = 0 AND NOT (t.typcategory = 'A' AND t.typelem <> 0 AND t.typlen = -1)"
                        + " ORDER BY t.oid")) {
            int oid = r.integer(1);
            int sqlType = CatalogTypes.sqlType(oid, r.text(2), r.text(3));
            types.add(new TypeRow(r.text(0), oid, sqlType, false));
            if (SERIALS.containsKey(oid)) {
                types.add(new TypeRow(SERIALS.get(oid), oid, sqlType, true));
            }
        }
        types.sort(Comparator.comparingInt(TypeRow::sqlType));
        MetadataRows rows = new MetadataRows("TYPE_NAME varchar, DATA_TYPE int2, PRECISION int4, LITERAL_PREFIX varchar,"
                + " LITERAL_SUFFIX varchar, CREATE_PARAMS varchar, NULLABLE int2, CASE_SENSITIVE bool, SEARCHABLE int2,"
                + " UNSIGNED_ATTRIBUTE bool, FIXED_PREC_SCALE bool, AUTO_INCREMENT bool, LOCAL_TYPE_NAME varchar,"
                + " MINIMUM_SCALE int2, MAXIMUM_SCALE int2, SQL_DATA_TYPE int4, SQL_DATETIME_SUB int4,"
                + " NUM_PREC_RADIX int4");
        for (TypeRow t : types) {
            PgType known = Types.byOid(t.oid());
            String quote = isNumber(t.oid()) ? null : "'";
            rows.add(t.name(), (short) t.sqlType(), maximumPrecision(t.oid()), quote, quote, null,
                    (short) DatabaseMetaData.typeNullable,
                    known == null || JdbcTypeInfo.isCaseSensitive(known), (short) DatabaseMetaData.typeSearchable,
                    known == null || !JdbcTypeInfo.isSigned(known), false, t.serial(), null,
                    (short) 0, (short) (t.oid() == 1700 ? 1000 : 0), null, null, 10);
        }
        return rows.toResultSet(connection);
    }

    private static boolean isNumber(int oid) {
        return switch (oid) {
            case 20, 21, 23, 26, 700, 701, 1700 -> true;
            default -> false;
        };
    }

    /** The largest precision a modifier can give the type: length for strings, digits for numeric and fractions of a second. */
    private static int maximumPrecision(int oid) {
        return switch (oid) {
            case 1042, 1043 -> 10485760;
            case 1700 -> 1000;
            case 1083, 1266, 1114, 1184, 1186 -> 6;
            case 1560, 1562 -> 83886080;
            default -> 0;
        };
    }
}

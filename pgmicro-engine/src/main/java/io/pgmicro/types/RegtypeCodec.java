package io.pgmicro.types;

/**
 * regtype: stored as the type's OID (so it compares and joins with pg_type.oid), printed
 * as format_type prints the type. Names are read when a statement is analyzed, where the
 * catalog and search_path are known; this input function reads only numeric OIDs. A type
 * this registry does not know (one defined in a database's catalog) prints as its OID.
 */
final class RegtypeCodec implements TypeCodec {
    static final RegtypeCodec INSTANCE = new RegtypeCodec();

    private RegtypeCodec() {
    }

    @Override
    public Object input(String text, int typmod, FormatContext ctx) {
        return IntegerCodec.OID.input(text, typmod, ctx);
    }

    @Override
    public String output(Object storage, FormatContext ctx) {
        long oid = ((Number) IntegerCodec.OID.input(storage.toString(), -1, ctx)).longValue();
        if (oid == 0) {
            return "-";
        }
        PgType type = Types.byOid((int) oid);
        return type == null ? Long.toString(oid) : TypeNames.format(type, -1);
    }
}

package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

/**
 * The object-identifier types that read and print names (regclass, regtype, regproc,
 * regprocedure, regnamespace, regrole): stored as the OID; input takes an OID, "-" for
 * 0, or a name that {@link FormatContext#names()} resolves; output prints the name, "-"
 * for 0, the OID when nothing has it.
 */
final class RegCodec implements TypeCodec {
    /** How a name that names nothing fails, as PostgreSQL's input function words it. */
    private final String missingState;
    private final String missingWhat;
    /** The type's name, which tells {@link ObjectNames} what kind of object to look for. */
    private final String type;

    private RegCodec(String type, String missingState, String missingWhat) {
        this.type = type;
        this.missingState = missingState;
        this.missingWhat = missingWhat;
    }

    @Override
    public Object input(String text, int typmod, FormatContext ctx) {
        String t = InputErrors.trimSpaces(text);
        if (t.matches("[0-9]+")) {
            return IntegerCodec.OID.input(t, typmod, ctx);
        }
        if (t.equals("-")) {
            return 0L;
        }
        Long oid = ctx.names().oid(type, t);
        if (oid == null) {
            throw new PgException(missingState, missingWhat + " \"" + t + "\" does not exist");
        }
        return oid;
    }

    @Override
    public String output(Object storage, FormatContext ctx) {
        long oid = ((Number) storage).longValue();
        if (oid == 0) {
            return "-";
        }
        String name = ctx.names().name(type, oid);
        return name != null ? name : Long.toString(oid);
    }

    static final RegCodec REGCLASS = new RegCodec("regclass", SqlState.UNDEFINED_TABLE, "relation");
    static final RegCodec REGTYPE = new RegCodec("regtype", SqlState.UNDEFINED_OBJECT, "type");
    static final RegCodec REGPROC = new RegCodec("regproc", SqlState.UNDEFINED_FUNCTION, "function");
    static final RegCodec REGPROCEDURE = new RegCodec("regprocedure", SqlState.UNDEFINED_FUNCTION, "function");
    static final RegCodec REGNAMESPACE = new RegCodec("regnamespace", SqlState.INVALID_SCHEMA_NAME, "schema");
    static final RegCodec REGROLE = new RegCodec("regrole", SqlState.UNDEFINED_OBJECT, "role");
}

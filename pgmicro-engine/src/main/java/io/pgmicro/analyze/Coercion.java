package io.pgmicro.analyze;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.types.CastRules;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;

/**
 * PostgreSQL's coercion rules between types: which casts apply implicitly, in
 * assignment, or only when written, as pg_cast.castcontext says.
 */
public final class Coercion {
    public enum Context {
        IMPLICIT,
        ASSIGNMENT,
        EXPLICIT
    }

    private Coercion() {
    }

    /** Whether a value of type {@code from} may become {@code to} in the given context. */
    public static boolean canCoerce(PgType from, PgType to, Context context) {
        if (from.equals(to) || from.oid() == Types.UNKNOWN.oid()) {
            return true;
        }
        if (isPolymorphic(to)) {
            return polymorphicAccepts(to, from);
        }
        char castContext = castContext(from, to);
        return switch (context) {
            case IMPLICIT -> castContext == 'i';
            case ASSIGNMENT -> castContext == 'i' || castContext == 'a';
            case EXPLICIT -> castContext != 0;
        };
    }

    /** pg_cast.castcontext for the pair: 'i', 'a', 'e', or 0 when no cast exists. */
    public static char castContext(PgType from, PgType to) {
        if (from.equals(to)) {
            return 'i';
        }
        if (to.category() == 'S' && to.oid() != Types.CHAR.oid()) {
            // every type has an I/O conversion to the string types: implicit to text only for strings,
            // assignment for the others, as PostgreSQL's automatic I/O casts are
            if (from.category() == 'S') {
                return 'i';
            }
            return 'a';
        }
        if (from.category() == 'S' && from.oid() != Types.CHAR.oid()) {
            char rule = rule(from, to);
            return rule != 0 ? rule : 'e';
        }
        if (from.category() == 'E' && to.oid() == Types.ANYENUM.oid()) {
            return 'i';
        }
        if (from.isArray() && to.isArray()) {
            PgType fromElement = Types.byOid(from.elementOid());
            PgType toElement = Types.byOid(to.elementOid());
            if (fromElement != null && toElement != null) {
                char inner = castContext(fromElement, toElement);
                return inner;
            }
            return 0;
        }
        return rule(from, to);
    }

    private static char rule(PgType from, PgType to) {
        var context = CastRules.find(from, to);
        return context == null ? 0 : context.code();
    }

    public static boolean isPolymorphic(PgType t) {
        int oid = t.oid();
        return oid == Types.ANYELEMENT.oid() || oid == Types.ANYARRAY.oid() || oid == Types.ANYNONARRAY.oid()
                || oid == Types.ANYENUM.oid() || oid == 2276 /* any */;
    }

    private static boolean polymorphicAccepts(PgType poly, PgType actual) {
        int oid = poly.oid();
        if (oid == Types.ANYARRAY.oid()) {
            return actual.isArray();
        }
        if (oid == Types.ANYNONARRAY.oid()) {
            return !actual.isArray();
        }
        if (oid == Types.ANYENUM.oid()) {
            return actual.category() == 'E';
        }
        return true;
    }

    public static PgException cannotCast(PgType from, PgType to, int location) {
        return new PgException(SqlState.CANNOT_COERCE,
                "cannot cast type " + TypeDisplay.name(from) + " to " + TypeDisplay.name(to)).atLocation(location);
    }
}

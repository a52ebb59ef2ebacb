package io.pgmicro.types;

/**
 * Where a cast may be applied, as pg_cast.castcontext says, from the most permissive
 * rule to the least: an IMPLICIT cast is also allowed in assignments and explicitly.
 */
public enum CastContext {
    /** 'i': anywhere, e.g. int4 to int8 in an expression. */
    IMPLICIT('i'),
    /** 'a': when storing into a column (INSERT, UPDATE) or explicitly. */
    ASSIGNMENT('a'),
    /** 'e': only with CAST or ::. */
    EXPLICIT('e');

    private final char code;

    CastContext(char code) {
        this.code = code;
    }

    /** pg_cast.castcontext's letter. */
    public char code() {
        return code;
    }

    /** Whether a cast with this rule may be used where the requested kind of coercion happens. */
    public boolean allowedIn(CastContext requested) {
        return ordinal() <= requested.ordinal();
    }

    public static CastContext ofCode(char code) {
        for (CastContext c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new IllegalArgumentException("no cast context '" + code + "'");
    }
}

package io.pgmicro.analyze;

import io.pgmicro.types.PgType;
import io.pgmicro.types.TypeNames;

/** Type names as PostgreSQL prints them in error messages ("integer", "character varying", "text[]"). */
public final class TypeDisplay {
    private TypeDisplay() {
    }

    public static String name(PgType type) {
        return TypeNames.of(type);
    }
}

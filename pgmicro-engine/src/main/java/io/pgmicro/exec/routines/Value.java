package io.pgmicro.exec.routines;

import io.pgmicro.types.PgType;

/** A value inside a routine: its storage form with the PostgreSQL type it has. */
public record Value(PgType type, int typmod, Object storage) {
    public boolean isNull() {
        return storage == null;
    }
}

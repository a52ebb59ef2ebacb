package io.pgmicro.catalog.system;

import io.pgmicro.types.PgType;

/** A column of a system relation, named and typed as in PostgreSQL 15. */
public record SystemColumn(String name, PgType type) {
}

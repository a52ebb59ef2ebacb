package io.pgmicro.types;

/** The SQLite column type a PostgreSQL type is stored as. */
public enum StorageClass {
    INTEGER,
    REAL,
    TEXT,
    BLOB
}

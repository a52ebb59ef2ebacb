package io.pgmicro.types;

/**
 * Text input and output of one PostgreSQL type, between PostgreSQL's text form and
 * the storage value kept in SQLite (see the package documentation).
 */
public interface TypeCodec {
    /**
     * Reads PostgreSQL's text form, as the type's input function would (e.g. for a
     * literal cast {@code '2024-01-02'::date}). Errors are PgExceptions worded as
     * PostgreSQL's: 22P02 {@code invalid input syntax for type integer: "x"}, 22007,
     * 22008, 22003 ...
     *
     * @param typmod the declared modifier (e.g. varchar length, numeric precision and scale), -1 if none
     */
    Object input(String text, int typmod, FormatContext ctx);

    /** Prints a storage value the way PostgreSQL's output function prints it. */
    String output(Object storage, FormatContext ctx);
}

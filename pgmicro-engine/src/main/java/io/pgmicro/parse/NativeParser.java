package io.pgmicro.parse;

/** The native half of the parser: libpg_query, in the engine's {@link NativeLibrary}. */
final class NativeParser {
    static {
        NativeLibrary.load();
    }

    private NativeParser() {
    }

    /** Parses NUL-free UTF-8 SQL into a serialized pg_query.ParseResult. */
    static native byte[] parseProtobuf(byte[] utf8);

    /** Splits NUL-free UTF-8 SQL into statements: pairs of (byte offset, byte length). */
    static native int[] splitStatements(byte[] utf8);

    /** Turns a serialized pg_query.ParseResult back into SQL text (UTF-8). */
    static native byte[] deparseProtobuf(byte[] tree);

    /** Parses a CREATE FUNCTION statement in LANGUAGE plpgsql into libpg_query's JSON of the function. */
    static native byte[] parsePlpgsqlJson(byte[] utf8);

    /** Scans NUL-free UTF-8 SQL into a serialized pg_query.ScanResult. */
    static native byte[] scanProtobuf(byte[] utf8);
}

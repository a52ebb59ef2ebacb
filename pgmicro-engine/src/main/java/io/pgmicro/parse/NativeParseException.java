package io.pgmicro.parse;

/** Thrown by the JNI shim when libpg_query rejects a statement. */
final class NativeParseException extends RuntimeException {
    /** 1-based character position of the error in the statement, 0 when unknown. */
    final int cursorPosition;

    NativeParseException(String message, int cursorPosition) {
        super(message, null, false, false);
        this.cursorPosition = cursorPosition;
    }
}

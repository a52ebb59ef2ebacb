package io.pgmicro.session;

/** A NOTICE, WARNING or similar message sent to the client while a statement runs. */
public record Notice(String severity, String sqlState, String message, String detail, String hint) {
    public static Notice notice(String sqlState, String message) {
        return new Notice("NOTICE", sqlState, message, null, null);
    }
}

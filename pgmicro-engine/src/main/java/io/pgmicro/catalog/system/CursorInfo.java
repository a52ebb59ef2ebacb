package io.pgmicro.catalog.system;

/**
 * One of the session's open cursors as pg_cursors lists it.
 *
 * @param statement    the query string that declared it (the whole text the client sent)
 * @param creationTime when it was declared, as timestamptz storage text
 */
public record CursorInfo(String name, String statement, boolean holdable, boolean binary, boolean scrollable,
                         String creationTime) {
}

package io.pgmicro.catalog;

import java.util.List;

/**
 * An index as pg_index describes it. {@code keys} are column names or, for expression
 * keys, PostgreSQL source text of the expression; {@code expressionKeys} tells which.
 *
 * @param constraintOid the constraint the index belongs to (primary key, unique), 0 if none
 * @param definition    the CREATE INDEX statement as pg_get_indexdef prints it
 * @param comment       COMMENT ON INDEX, or null
 */
public record IndexDef(int oid, String name, boolean unique, boolean primary, List<String> keys,
                       List<Boolean> expressionKeys, List<Boolean> descending, String whereExpr, int constraintOid,
                       String definition, String comment) {

    public IndexDef(int oid, String name, boolean unique, boolean primary, List<String> keys, List<Boolean> expressionKeys,
                    List<Boolean> descending, String whereExpr, int constraintOid, String definition) {
        this(oid, name, unique, primary, keys, expressionKeys, descending, whereExpr, constraintOid, definition, null);
    }

    public IndexDef withComment(String text) {
        return new IndexDef(oid, name, unique, primary, keys, expressionKeys, descending, whereExpr, constraintOid, definition, text);
    }

    /** The index renamed; its definition text (which pgmicro wrote) names it anew. */
    public IndexDef withName(String newName) {
        String from = "INDEX " + name + " ON ";
        int at = definition == null ? -1 : definition.indexOf(from);
        String renamed = at < 0 ? definition
                : definition.substring(0, at) + "INDEX " + newName + " ON " + definition.substring(at + from.length());
        return new IndexDef(oid, newName, unique, primary, keys, expressionKeys, descending, whereExpr, constraintOid, renamed,
                comment);
    }

    public IndexDef withKeys(List<String> newKeys) {
        return new IndexDef(oid, name, unique, primary, newKeys, expressionKeys, descending, whereExpr, constraintOid, definition,
                comment);
    }
}

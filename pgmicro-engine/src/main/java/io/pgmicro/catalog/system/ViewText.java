package io.pgmicro.catalog.system;

import io.pgmicro.catalog.RelationDef;

/**
 * A view's definition as pg_get_viewdef returns it. pgmicro keeps the view's query as
 * the user wrote it (deparsed), not PostgreSQL's re-printed form with qualified
 * columns and one select item per line, so the text can differ in layout from
 * PostgreSQL's; it is the same query.
 */
final class ViewText {
    private ViewText() {
    }

    static String definition(RelationDef view) {
        return " " + view.viewQuery() + ";";
    }
}

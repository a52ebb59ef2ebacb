package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.catalog.RelationDef;

/** Resolves the text argument of nextval('name') the way a regclass literal is read. */
public final class SequenceNames {
    private SequenceNames() {
    }

    public static RelationDef resolve(String text, AnalysisContext ctx, int location) {
        String[] parts = QualifiedNames.split(text);
        String schema = parts.length > 1 ? parts[parts.length - 2] : null;
        String name = parts[parts.length - 1];
        RelationDef rel = ctx.catalog().findRelation(schema, name, ctx.searchPath());
        if (rel == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + text + "\" does not exist").atLocation(location);
        }
        if (rel.kind() != 'S') {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + rel.name() + "\" is not a sequence");
        }
        return rel;
    }
}

package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.catalog.system.CatalogLookups;

/**
 * A regclass literal ('pg_class', 'public."Mixed"', '1259') read when the statement is
 * translated, as PostgreSQL's regclass input function reads it: a number is an OID, "-" is
 * no relation (0), and a name is looked up along search_path; a name nothing answers to is
 * 42P01.
 */
final class RegclassLiteral {
    private RegclassLiteral() {
    }

    static long read(String text, AnalysisContext ctx, int location) {
        String trimmed = text.trim();
        if (trimmed.equals("-")) {
            return 0;
        }
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(trimmed);
        }
        String[] parts = QualifiedNames.split(trimmed);
        Long oid = new CatalogLookups(ctx.catalog(), ctx.searchPath())
                .relationOid(parts.length > 1 ? parts[parts.length - 2] : null, parts[parts.length - 1]);
        if (oid == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + text + "\" does not exist").atLocation(location);
        }
        return oid;
    }
}

package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.TypeName;
import java.util.List;

/**
 * A regtype literal ('int4', 'character varying', 'public.mood', 'text[]', '23') read when
 * the statement is translated, as PostgreSQL's regtype input reads it: a number is an OID,
 * "-" is none (0), and anything else is parsed by the SQL parser as the type name of a cast
 * ({@code SELECT NULL::<text>}, PostgreSQL's own way) and resolved along search_path.
 */
final class RegtypeLiteral {
    private RegtypeLiteral() {
    }

    static long read(String text, AnalysisContext ctx, int location) {
        String trimmed = text.trim();
        if (trimmed.equals("-")) {
            return 0;
        }
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(trimmed);
        }
        TypeName name = typeName(text, location);
        try {
            return TypeNameResolver.resolve(name, ctx).type().oid();
        } catch (PgException e) {
            // the resolver's position points into the parsed cast, not into the statement
            throw new PgException(e.sqlState(), e.getMessage()).atLocation(location);
        }
    }

    private static TypeName typeName(String text, int location) {
        List<io.pgmicro.parse.ast.RawStmt> statements;
        try {
            statements = Parser.parse("SELECT NULL::" + text).statements();
        } catch (PgException e) {
            throw invalid(text, location);
        }
        if (statements.size() != 1 || !statements.get(0).getStmt().hasSelectStmt()) {
            throw invalid(text, location);
        }
        var select = statements.get(0).getStmt().getSelectStmt();
        if (select.getTargetListCount() != 1 || select.getFromClauseCount() > 0 || select.hasWhereClause()
                || select.getSortClauseCount() > 0 || select.hasLimitCount() || select.hasLimitOffset()) {
            throw invalid(text, location);
        }
        Node value = select.getTargetList(0).getResTarget().getVal();
        if (!value.hasTypeCast() || !value.getTypeCast().getArg().hasAConst()
                || !value.getTypeCast().getArg().getAConst().getIsnull()) {
            throw invalid(text, location);
        }
        return value.getTypeCast().getTypeName();
    }

    private static PgException invalid(String text, int location) {
        return new PgException(SqlState.SYNTAX_ERROR, "invalid type name \"" + text + "\"").atLocation(location);
    }
}

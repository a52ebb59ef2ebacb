package io.pgmicro.catalog.system;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.RoutineDef;

/**
 * The CREATE OR REPLACE FUNCTION (or PROCEDURE) statement pg_get_functiondef prints,
 * laid out line by line as PostgreSQL 15 lays it out: the always schema-qualified
 * name with the arguments, RETURNS, LANGUAGE, the non-default options on one line,
 * and the source in dollar quotes.
 *
 * pgmicro keeps a routine's language, volatility, strictness and source; COST, ROWS,
 * PARALLEL, LEAKPROOF, SECURITY DEFINER and SET are accepted by CREATE FUNCTION but not
 * kept, so they print as their defaults (as pg_proc shows them).
 */
final class FunctionDefinitions {
    private FunctionDefinitions() {
    }

    /** The definition of a user function or procedure. */
    static String of(RoutineDef r, CatalogLookups lookups) {
        String head = (r.isProcedure() ? "PROCEDURE " : "FUNCTION ")
                + ExpressionPrinter.quoteIdent(r.schema()) + "." + ExpressionPrinter.quoteIdent(r.name());
        return print(head, RoutineSignatures.arguments(r, lookups), RoutineSignatures.result(r, lookups),
                r.language(), options(r.volatility(), false, r.strict()), r.body(), r.isProcedure());
    }

    /** The definition of a built-in function: LANGUAGE internal, its C symbol as the source. */
    static String of(Procedure p, CatalogLookups lookups) {
        if (p.kind() == 'a') {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + p.name() + "\" is an aggregate function");
        }
        String head = "FUNCTION pg_catalog." + ExpressionPrinter.quoteIdent(p.name());
        return print(head, lookups.functionArguments(p.oid()), lookups.functionResult(p.oid()), "internal",
                // every built-in pg_proc lists is PARALLEL SAFE (pg_proc.proparallel 's')
                options(p.volatility(), true, p.strict()), p.name(), false);
    }

    private static String print(String head, String arguments, String result, String language, String options,
                                String source, boolean procedure) {
        StringBuilder out = new StringBuilder("CREATE OR REPLACE ").append(head)
                .append('(').append(arguments).append(")\n");
        if (!procedure) {
            out.append(" RETURNS ").append(result).append('\n');
        }
        out.append(" LANGUAGE ").append(ExpressionPrinter.quoteIdent(language)).append('\n');
        if (!options.isEmpty()) {
            out.append(options).append('\n');
        }
        String quote = dollarQuote(source, procedure ? "procedure" : "function");
        return out.append("AS ").append(quote).append(source).append(quote).append('\n').toString();
    }

    /** The options line: each option PostgreSQL prints when it is not the default, each after a space. */
    private static String options(char volatility, boolean parallelSafe, boolean strict) {
        StringBuilder out = new StringBuilder();
        if (volatility == 'i') {
            out.append(" IMMUTABLE");
        } else if (volatility == 's') {
            out.append(" STABLE");
        }
        if (parallelSafe) {
            out.append(" PARALLEL SAFE");
        }
        if (strict) {
            out.append(" STRICT");
        }
        return out.toString();
    }

    /** $function$ (or $procedure$), lengthened with x's until the source does not contain it. */
    private static String dollarQuote(String source, String word) {
        StringBuilder tag = new StringBuilder("$").append(word);
        while (source.contains(tag)) {
            tag.append('x');
        }
        return tag.append('$').toString();
    }
}

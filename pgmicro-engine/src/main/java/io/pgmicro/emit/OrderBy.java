package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.Typed;
import io.pgmicro.parse.ast.SortBy;
import io.pgmicro.parse.ast.SortByDir;
import io.pgmicro.parse.ast.SortByNulls;
import io.pgmicro.types.Types;

/**
 * ORDER BY items with PostgreSQL's defaults made explicit: NULLs sort as larger than
 * every value (last ascending, first descending), where SQLite's default is the
 * opposite; numerics sort by value, not by their stored text.
 */
final class OrderBy {
    private OrderBy() {
    }

    static boolean descending(SortBy sort) {
        return sort.getSortbyDir() == SortByDir.SORTBY_DESC
                || sort.getSortbyDir() == SortByDir.SORTBY_USING && usingDescends(sort);
    }

    /** NULLS FIRST or LAST as written, else PostgreSQL's default: NULLs sort as the largest value. */
    static boolean nullsFirst(SortBy sort) {
        return switch (sort.getSortbyNulls()) {
            case SORTBY_NULLS_FIRST -> true;
            case SORTBY_NULLS_LAST -> false;
            default -> descending(sort);
        };
    }

    static String emit(SortBy sort, Typed key, ExprTranslator exprs) {
        boolean desc = descending(sort);
        boolean nullsFirst = nullsFirst(sort);
        String sql = key.sql();
        if (key.isUnknown() && key.literal() != null) {
            sql = exprs.coerce(key, Types.TEXT, -1, io.pgmicro.analyze.Coercion.Context.IMPLICIT, null).sql();
        }
        if (!key.type().fields().isEmpty() && (key.type().category() == 'C' || key.type().equals(Types.RECORD))) {
            return "(" + sql + " IS NULL)" + (nullsFirst ? " DESC" : " ASC") + ", " + fieldKeys(sql, key, desc, exprs);
        }
        return sortKey(sql, key) + (desc ? " DESC" : " ASC") + (nullsFirst ? " NULLS FIRST" : " NULLS LAST");
    }

    /**
     * A record sorts field by field (its stored text does not sort like its values); a NULL
     * field sorts after the others, as in PostgreSQL's record comparison.
     */
    private static String fieldKeys(String sql, Typed record, boolean desc, ExprTranslator exprs) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < record.type().fields().size(); i++) {
            Typed field = RecordFields.field(exprs, sql, record.type().fields().get(i), i);
            if (!field.type().fields().isEmpty() && field.type().category() == 'C') {
                keys.add("(" + field.sql() + " IS NULL)" + (desc ? " DESC" : " ASC"));
                keys.add(fieldKeys(field.sql(), field, desc, exprs));
            } else {
                keys.add(sortKey(field.sql(), field) + (desc ? " DESC NULLS FIRST" : " ASC NULLS LAST"));
            }
        }
        return String.join(", ", keys);
    }

    /** ORDER BY x USING op: the btree ordering operators are < (ascending) and > (descending). */
    private static boolean usingDescends(SortBy sort) {
        String op = sort.getUseOp(sort.getUseOpCount() - 1).getString().getSval();
        if (op.equals("<") || op.equals(">")) {
            return op.equals(">");
        }
        throw new PgException(SqlState.WRONG_OBJECT_TYPE, "operator " + op + " is not a valid ordering operator")
                .withHint("Ordering operators must be \"<\" or \">\" members of btree operator families.")
                .atLocation(sort.getLocation());
    }

    /** The expression SQLite should sort by so that its order is PostgreSQL's for the type. */
    static String sortKey(String sql, Typed key) {
        if (EqualityCollation.of(key.type()) != null) {
            // the collations that make equal values equal also order them as PostgreSQL does
            return EqualityCollation.apply(sql, key.type());
        }
        if (key.type().category() == 'E') {
            // enum values sort in the order their labels were declared
            return "pg_enum_sort_key(" + sql + ", " + key.type().oid() + ")";
        }
        return sql;
    }
}

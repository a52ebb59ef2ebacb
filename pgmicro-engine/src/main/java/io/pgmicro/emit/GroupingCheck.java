package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.Typed;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.RelationDef;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL's rule for grouped queries: outside aggregate arguments, the select list
 * and HAVING may use only grouped expressions (or expressions built on them), columns of the GROUP BY, and columns of
 * a table whose primary key is grouped. SQLite would quietly pick some row instead.
 */
final class GroupingCheck {
    private final AnalysisContext ctx;
    private final Set<String> groupKeys;

    GroupingCheck(AnalysisContext ctx, Set<String> groupKeys) {
        this.ctx = ctx;
        this.groupKeys = groupKeys;
    }

    /** Checks one select-list item or the HAVING condition, given the column references it made outside aggregates. */
    void check(Typed expression, List<ExprTranslator.ColumnUse> uses) {
        if (groupKeys.contains(expression.sql())) {
            return;
        }
        for (ExprTranslator.ColumnUse use : uses) {
            String sql = use.column().sql();
            if (groupKeys.contains(sql) || use.enclosing().stream().anyMatch(groupKeys::contains) || primaryKeyGrouped(use)) {
                continue;
            }
            throw new PgException(SqlState.GROUPING_ERROR, "column \"" + use.shownName()
                    + "\" must appear in the GROUP BY clause or be used in an aggregate function")
                    .atLocation(use.location());
        }
    }

    /** A column is determined by its table's primary key; if every key column is grouped, so is the column. */
    private boolean primaryKeyGrouped(ExprTranslator.ColumnUse use) {
        int tableOid = use.column().tableOid();
        if (tableOid == 0) {
            return false;
        }
        RelationDef table = ctx.catalog().relation(tableOid);
        if (table == null || !table.isTable()) {
            return false;
        }
        ConstraintDef pk = table.primaryKey();
        if (pk == null) {
            return false;
        }
        String sql = use.column().sql();
        String prefix = sql.substring(0, sql.length() - SqlText.ident(use.column().name()).length());
        for (String key : pk.columns()) {
            if (!groupKeys.contains(prefix + SqlText.ident(key))) {
                return false;
            }
        }
        return true;
    }
}

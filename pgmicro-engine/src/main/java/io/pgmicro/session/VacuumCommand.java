package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.emit.SqlText;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.exec.SqliteErrors;
import io.pgmicro.parse.ast.DefElem;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.VacuumRelation;
import io.pgmicro.parse.ast.VacuumStmt;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * VACUUM and ANALYZE. SQLite has no dead tuples to reclaim (and its own VACUUM rewrites
 * the whole file, outside any transaction), so VACUUM only checks what PostgreSQL checks;
 * ANALYZE (alone or as VACUUM ANALYZE) runs SQLite's ANALYZE on the tables, whose
 * statistics its query planner uses as PostgreSQL's uses pg_statistic.
 */
final class VacuumCommand {
    private final Connection conn;
    private final SessionState state;

    VacuumCommand(Connection conn, SessionState state) {
        this.conn = conn;
        this.state = state;
    }

    Result run(VacuumStmt stmt, AnalysisContext ctx, ResultSink sink) {
        boolean vacuum = stmt.getIsVacuumcmd();
        boolean analyze = !vacuum || hasOption(stmt, "analyze");
        if (vacuum && state.inBlock()) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "VACUUM cannot run inside a transaction block");
        }
        List<String> tables = new ArrayList<>();
        for (Node n : stmt.getRelsList()) {
            VacuumRelation target = n.getVacuumRelation();
            if (target.getVaColsCount() > 0 && !analyze) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "ANALYZE option must be specified when a column list is provided");
            }
            NamedRelation named = NamedRelation.require(ctx, target.getRelation());
            if (named.user() == null) {
                continue;
            }
            for (Node column : target.getVaColsList()) {
                String name = column.getString().getSval();
                if (named.user().attribute(name) == null) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name + "\" of relation \""
                            + named.user().name() + "\" does not exist");
                }
            }
            if (named.user().isTable()) {
                tables.add(named.user().sqliteName());
            } else {
                sink.notice(new Notice("WARNING", SqlState.WARNING, "skipping \"" + named.user().name() + "\" --- cannot "
                        + (vacuum ? "vacuum" : "analyze") + " non-tables or special system tables", null, null));
            }
        }
        if (analyze) {
            analyze(stmt.getRelsCount() == 0 ? List.of("") : tables, ctx);
        }
        return Result.command(vacuum ? "VACUUM" : "ANALYZE");
    }

    /** SQLite's ANALYZE of each table; the empty name stands for the whole database. */
    private void analyze(List<String> sqliteTables, AnalysisContext ctx) {
        try {
            for (String table : sqliteTables) {
                QueryRunner.execute(conn, table.isEmpty() ? "ANALYZE" : "ANALYZE " + SqlText.ident(table));
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, ctx.catalog(), null, null);
        }
    }

    private static boolean hasOption(VacuumStmt stmt, String name) {
        for (Node n : stmt.getOptionsList()) {
            DefElem option = n.getDefElem();
            if (option.getDefname().equals(name)) {
                return !option.hasArg() || !option.getArg().hasBoolean() || option.getArg().getBoolean().getBoolval();
            }
        }
        return false;
    }
}

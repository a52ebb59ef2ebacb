package io.pgmicro.exec.routines;

import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.session.Notice;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import java.sql.Connection;
import java.util.List;

/**
 * The session as a running routine sees it: the SQLite connection its statements run on
 * (the same one as the statement that called it), the catalog and settings, and where
 * its RAISE NOTICEs go.
 */
public interface RoutineRuntime {
    Connection connection();

    CatalogSnapshot catalog();

    /** An analysis context for one statement of a routine, with its parameters' declared types. */
    AnalysisContext analysis(List<PgType> parameterTypes, String text);

    FormatContext format();

    /** The current value of a configuration parameter (SHOW name). */
    String setting(String name);

    void notice(Notice notice);
}

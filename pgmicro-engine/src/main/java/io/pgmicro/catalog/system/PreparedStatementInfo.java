package io.pgmicro.catalog.system;

import java.util.List;

/**
 * One of the session's prepared statements as pg_prepared_statements lists it.
 *
 * @param statement        the query string that created it (for PREPARE, the whole text the client sent)
 * @param prepareTime      when it was prepared, as timestamptz storage text
 * @param parameterTypes   the OIDs of its parameters' types
 * @param fromSql          true when made by SQL PREPARE, false for a protocol-level prepared statement
 */
public record PreparedStatementInfo(String name, String statement, String prepareTime, List<Long> parameterTypes,
                                    boolean fromSql, long genericPlans, long customPlans) {
}

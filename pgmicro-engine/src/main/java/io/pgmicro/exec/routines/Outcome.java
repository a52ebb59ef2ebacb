package io.pgmicro.exec.routines;

import io.pgmicro.analyze.Typed;
import java.util.List;

/**
 * What one statement inside a routine produced.
 *
 * @param columns the result columns (empty for DML without RETURNING)
 * @param rows    the rows it returned
 * @param count   rows returned or changed: ROW_COUNT and FOUND
 */
public record Outcome(List<Typed> columns, List<Object[]> rows, long count) {
}

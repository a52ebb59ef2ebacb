package io.pgmicro.emit;

import java.util.List;

/**
 * The pieces of a translated INSERT, UPDATE or DELETE that let the executor run it one
 * row at a time, as row triggers need: which rows it touches and how to write one.
 * Row values are bound after the statement's own parameters.
 *
 * @param verb        "INSERT", "UPDATE" or "DELETE"
 * @param columns     the table's column names in the order the row queries give them
 * @param rowsQuery   INSERT: the new rows, in {@code columns} order; UPDATE: the rowid and the
 *                    new row of each target; DELETE: the rowid of each target
 * @param assigned    UPDATE: the columns SET assigns
 * @param tail        INSERT: its ON CONFLICT clause; UPDATE: what follows the SET list (moving
 *                    the row to the end of the table, as PostgreSQL's new row version goes); or ""
 * @param returning   the RETURNING clause ("" without one)
 */
public record RowTargets(String verb, List<String> columns, String rowsQuery, java.util.Set<String> assigned,
                         String tail, String returning) {

    /** The statement writing one row, its values as ?first, ?first+1 ... (and the rowid last for UPDATE and DELETE). */
    public String writeOne(String sqliteTable, int first) {
        String table = SqlText.ident(sqliteTable);
        StringBuilder sql = new StringBuilder();
        switch (verb) {
            case "INSERT" -> {
                sql.append("INSERT INTO ").append(table).append(" (");
                List<String> values = new java.util.ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.add("?" + (first + i));
                }
                sql.append(String.join(", ", columns.stream().map(SqlText::ident).toList()))
                        .append(") VALUES (").append(String.join(", ", values)).append(")").append(tail);
            }
            case "UPDATE" -> {
                List<String> sets = new java.util.ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    sets.add(SqlText.ident(columns.get(i)) + " = ?" + (first + i));
                }
                sql.append("UPDATE ").append(table).append(" SET ").append(String.join(", ", sets)).append(tail)
                        .append(" WHERE rowid = ?").append(first + columns.size());
            }
            default -> sql.append("DELETE FROM ").append(table).append(" WHERE rowid = ?").append(first);
        }
        return sql.append(returning).toString();
    }
}

package io.pgmicro.cli;

import io.pgmicro.session.Column;
import io.pgmicro.session.Result;
import java.util.ArrayList;
import java.util.List;

/** Prints a statement's result as psql does: rows as an aligned table, command tags unless quiet. */
final class ResultPrinter {
    private ResultPrinter() {
    }

    /**
     * The text psql prints for one result.
     *
     * @param quiet psql's -q: command tags are not printed (rows still are)
     */
    static String print(Result result, boolean quiet) {
        String tag = result.commandTag() == null ? "" : result.commandTag();
        if (!result.returnsRows()) {
            return quiet || tag.isEmpty() ? "" : tag + "\n";
        }
        String table = table(result).render();
        // psql also reports the tag of a data-modifying statement that returned rows (RETURNING)
        boolean modifying = tag.startsWith("INSERT") || tag.startsWith("UPDATE") || tag.startsWith("DELETE");
        return modifying && !quiet ? table + tag + "\n" : table;
    }

    static AlignedTable table(Result result) {
        List<Column> columns = result.columns();
        List<String> headers = new ArrayList<>();
        boolean[] right = new boolean[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            headers.add(columns.get(c).name());
            right[c] = isRightAligned(columns.get(c).type().oid());
        }
        AlignedTable table = new AlignedTable(null, headers, right);
        for (int r = 0; r < result.rows().size(); r++) {
            String[] cells = new String[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = result.text(r, c);
            }
            table.addRow(cells);
        }
        return table;
    }

    /** The types psql right-aligns: int2, int4, int8, float4, float8, numeric, oid, xid, cid, xid8, money. */
    static boolean isRightAligned(int typeOid) {
        return switch (typeOid) {
            case 20, 21, 23, 26, 28, 29, 700, 701, 790, 1700, 5069 -> true;
            default -> false;
        };
    }
}

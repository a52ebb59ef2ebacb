package io.pgmicro.cli;

import io.pgmicro.session.Result;
import java.util.ArrayList;
import java.util.List;

/** How the describe commands read pg_catalog through the session and print what they found. */
final class CatalogQuery {
    private CatalogQuery() {
    }

    /** Runs a catalog query and returns its rows as text. */
    static List<String[]> rows(Shell shell, String sql) {
        List<String[]> rows = new ArrayList<>();
        shell.backend().execute(sql, (Result result) -> {
            if (!result.returnsRows()) {
                return;
            }
            for (int r = 0; r < result.rows().size(); r++) {
                String[] row = new String[result.columns().size()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = result.text(r, c);
                }
                rows.add(row);
            }
        });
        return rows;
    }

    static void print(Shell shell, AlignedTable table, List<String[]> rows) {
        for (String[] row : rows) {
            table.addRow(row);
        }
        shell.output().out(table.render());
    }
}

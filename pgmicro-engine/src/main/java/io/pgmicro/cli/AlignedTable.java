package io.pgmicro.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * psql's default "aligned" output format with border 1, byte for byte: an optional
 * centered title, column headers centered, a dashed separator with {@code -+-},
 * numeric columns right-aligned, multi-line values continued with {@code +} in the
 * gap after the cell, and footers (by default {@code (N rows)}) followed by an
 * empty line.
 */
final class AlignedTable {
    private final String title;
    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();
    private List<String> footers;

    /**
     * @param rightAligned per column, whether psql right-aligns it (numeric types)
     */
    AlignedTable(String title, List<String> headers, boolean[] rightAligned) {
        this.title = title;
        this.headers = List.copyOf(headers);
        this.rightAligned = rightAligned.clone();
    }

    /** Adds a row; a null cell is SQL NULL and prints as nothing. */
    AlignedTable addRow(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size() + " columns");
        }
        rows.add(cells.clone());
        return this;
    }

    /** Replaces the default "(N rows)" footer by these lines. */
    AlignedTable footers(List<String> lines) {
        this.footers = List.copyOf(lines);
        return this;
    }

    String render() {
        int columns = headers.size();
        List<CellText> headerCells = new ArrayList<>();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            CellText header = CellText.of(headers.get(c));
            headerCells.add(header);
            widths[c] = header.width();
        }
        List<CellText[]> cells = new ArrayList<>();
        for (String[] row : rows) {
            CellText[] formatted = new CellText[columns];
            for (int c = 0; c < columns; c++) {
                formatted[c] = CellText.of(row[c] == null ? "" : row[c]);
                widths[c] = Math.max(widths[c], formatted[c].width());
            }
            cells.add(formatted);
        }
        StringBuilder out = new StringBuilder();
        appendTitle(out, widths);
        appendHeader(out, headerCells, widths);
        appendSeparator(out, widths);
        for (CellText[] row : cells) {
            appendRow(out, row, widths);
        }
        List<String> footerLines = footers != null ? footers
                : List.of(rows.size() == 1 ? "(1 row)" : "(" + rows.size() + " rows)");
        for (String footer : footerLines) {
            out.append(footer).append('\n');
        }
        out.append('\n');
        return out.toString();
    }

    private void appendTitle(StringBuilder out, int[] widths) {
        if (title == null) {
            return;
        }
        int total = widths.length * 3 - (widths.length > 0 ? 1 : 0);
        for (int width : widths) {
            total += width;
        }
        int titleWidth = CellText.of(title).width();
        if (titleWidth < total) {
            pad(out, ' ', (total - titleWidth) / 2);
        }
        out.append(title).append('\n');
    }

    private static void appendHeader(StringBuilder out, List<CellText> headers, int[] widths) {
        int columns = widths.length;
        boolean[] done = new boolean[columns];
        int remaining = columns;
        for (int lineNo = 0; remaining > 0; lineNo++) {
            for (int c = 0; c < columns; c++) {
                out.append(' ');
                if (!done[c]) {
                    CellText.Line line = headers.get(c).line(lineNo);
                    int spare = widths[c] - line.width();
                    pad(out, ' ', spare / 2).append(line.text());
                    pad(out, ' ', (spare + 1) / 2);
                    if (headers.get(c).line(lineNo + 1) == null) {
                        done[c] = true;
                        remaining--;
                        out.append(' ');
                    } else {
                        out.append('+');
                    }
                } else {
                    pad(out, ' ', widths[c]).append(' ');
                }
                if (c < columns - 1) {
                    out.append('|');
                }
            }
            out.append('\n');
        }
    }

    private static void appendSeparator(StringBuilder out, int[] widths) {
        out.append('-');
        for (int c = 0; c < widths.length; c++) {
            pad(out, '-', widths[c]);
            if (c < widths.length - 1) {
                out.append("-+-");
            }
        }
        out.append("-\n");
    }

    private void appendRow(StringBuilder out, CellText[] row, int[] widths) {
        int columns = widths.length;
        int height = 0;
        for (CellText cell : row) {
            height = Math.max(height, cell.lines().size());
        }
        for (int lineNo = 0; lineNo < height; lineNo++) {
            for (int c = 0; c < columns; c++) {
                boolean last = c == columns - 1;
                out.append(' ');
                CellText.Line line = row[c].line(lineNo);
                boolean continues = row[c].line(lineNo + 1) != null;
                if (line == null) {
                    if (!last) {
                        pad(out, ' ', widths[c]);
                    }
                } else if (rightAligned[c]) {
                    pad(out, ' ', widths[c] - line.width()).append(line.text());
                } else {
                    out.append(line.text());
                    if (!last || continues) {
                        pad(out, ' ', widths[c] - line.width());
                    }
                }
                if (continues) {
                    out.append('+');
                } else if (!last) {
                    out.append(' ');
                }
                if (!last) {
                    out.append('|');
                }
            }
            out.append('\n');
        }
    }

    private static StringBuilder pad(StringBuilder out, char c, int count) {
        for (int i = 0; i < count; i++) {
            out.append(c);
        }
        return out;
    }
}

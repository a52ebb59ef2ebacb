package io.pgmicro.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A value as psql displays it inside a table cell: split into lines at newlines,
 * tabs expanded to the next multiple of 8 columns, carriage returns shown as
 * {@code \r}, other control characters as {@code \xNN} (or {@code \\uNNNN} above
 * ASCII), each line carrying its display width.
 */
record CellText(List<Line> lines) {

    record Line(String text, int width) {
    }

    static CellText of(String value) {
        List<Line> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int width = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            int w = DisplayWidth.of(cp);
            if (cp == '\n') {
                lines.add(new Line(line.toString(), width));
                line.setLength(0);
                width = 0;
            } else if (cp == '\r') {
                line.append("\\r");
                width += 2;
            } else if (cp == '\t') {
                do {
                    line.append(' ');
                    width++;
                } while (width % 8 != 0);
            } else if (w < 0 && cp < 0x80) {
                line.append(String.format("\\x%02X", cp));
                width += 4;
            } else if (w < 0) {
                line.append(String.format("\\u%04X", cp));
                width += 6;
            } else {
                line.appendCodePoint(cp);
                width += w;
            }
        }
        lines.add(new Line(line.toString(), width));
        return new CellText(List.copyOf(lines));
    }

    int width() {
        int max = 0;
        for (Line line : lines) {
            max = Math.max(max, line.width());
        }
        return max;
    }

    /** The line at an index, or null past the last one. */
    Line line(int index) {
        return index < lines.size() ? lines.get(index) : null;
    }
}

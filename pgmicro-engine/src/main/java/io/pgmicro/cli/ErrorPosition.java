package io.pgmicro.cli;

/**
 * The {@code LINE n: ...} line and the caret line under it that psql prints for an
 * error with a position, following libpq's rules: the line of the statement that
 * holds the position, tabs shown as spaces, and lines wider than 60 columns cut
 * with {@code ...} so that the caret stays at least 10 columns from the cut end.
 */
final class ErrorPosition {
    private static final int DISPLAY_SIZE = 60;
    private static final int MIN_RIGHT_CUT = 10;

    private ErrorPosition() {
    }

    /**
     * @param position 1-based character position in the statement; ignored when out of range
     */
    static void append(StringBuilder out, String statement, int position) {
        int loc = position - 1;
        int[] codePoints = statement.codePoints().map(cp -> cp == '\t' ? ' ' : cp).toArray();
        int length = codePoints.length;
        // screen column where each character starts; one extra entry for the end
        int[] column = new int[length + 1];
        int lineNo = 1;
        int begin = 0;
        int end = -1;
        int screen = 0;
        int cno;
        for (cno = 0; cno < length; cno++) {
            int ch = codePoints[cno];
            column[cno] = screen;
            if (ch == '\r' || ch == '\n') {
                if (cno < loc) {
                    // "\r\n" counts as one line break
                    if (ch == '\r' || cno == 0 || codePoints[cno - 1] != '\r') {
                        lineNo++;
                    }
                    begin = cno + 1;
                } else {
                    end = cno;
                    break;
                }
            }
            screen += Math.max(1, DisplayWidth.of(ch));
        }
        if (end < 0) {
            end = cno;
            column[end] = screen;
        }
        if (loc > cno) {
            return;
        }
        boolean cutBegin = false;
        boolean cutEnd = false;
        if (column[end] - column[begin] > DISPLAY_SIZE) {
            if (column[begin] + DISPLAY_SIZE >= column[loc] + MIN_RIGHT_CUT) {
                while (column[end] - column[begin] > DISPLAY_SIZE) {
                    end--;
                }
                cutEnd = true;
            } else {
                while (column[loc] + MIN_RIGHT_CUT < column[end]) {
                    end--;
                    cutEnd = true;
                }
                while (column[end] - column[begin] > DISPLAY_SIZE) {
                    begin++;
                    cutBegin = true;
                }
            }
        }
        String prefix = "LINE " + lineNo + ": " + (cutBegin ? "..." : "");
        out.append(prefix).append(new String(codePoints, begin, end - begin));
        if (cutEnd) {
            out.append("...");
        }
        out.append('\n');
        int caret = prefix.length() + column[loc] - column[begin];
        for (int i = 0; i < caret; i++) {
            out.append(' ');
        }
        out.append("^\n");
    }
}

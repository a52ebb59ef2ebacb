package io.pgmicro.session;

import io.pgmicro.PgException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of COPY FROM in text or CSV format as the data arrives: text is fed
 * in pieces (a row may span CopyData messages, and in CSV a quoted value may span
 * lines), each complete row is split into its values with PostgreSQL's unescaping, and
 * the "\." line ends the data.
 */
final class CopyRowReader {
    static final String BAD_COPY_FILE_FORMAT = "22P04";

    /** Receives each row: its values (null for NULL), its raw text and its line number, for error context. */
    interface RowHandler {
        void row(List<String> values, String line, int lineNumber);
    }

    private final CopyOptions options;
    private final String relation;
    private final List<String> columns;
    private final boolean[] forceNotNull;
    private final boolean[] forceNull;
    private final StringBuilder line = new StringBuilder();
    private boolean escapeNext;
    private boolean inQuotes;
    private boolean headerPending;
    private boolean ended;
    private int lineNumber;

    /** @param relation the table's name, for the "COPY t, line n" context of errors */
    CopyRowReader(CopyOptions options, String relation, List<String> columns) {
        this.options = options;
        this.relation = relation;
        this.columns = columns;
        this.forceNotNull = flags(options.forceNotNull(), columns);
        this.forceNull = flags(options.forceNull(), columns);
        this.headerPending = options.header();
    }

    void feed(CharSequence text, RowHandler handler) {
        for (int i = 0; i < text.length() && !ended; i++) {
            char c = text.charAt(i);
            if (escapeNext) {
                escapeNext = false;
            } else if (options.csv()) {
                if (inQuotes && c == options.escape() && options.escape() != options.quote()) {
                    escapeNext = true;
                } else if (c == options.quote()) {
                    inQuotes = !inQuotes;
                } else if (c == '\n' && !inQuotes) {
                    endLine(handler);
                    continue;
                }
            } else if (c == '\\') {
                escapeNext = true;
            } else if (c == '\n') {
                endLine(handler);
                continue;
            }
            line.append(c);
        }
    }

    /** The end of the data: a last row without a line break is a row too. */
    void finish(RowHandler handler) {
        if (!ended && line.length() > 0) {
            if (inQuotes) {
                lineNumber++;
                throw withContext(new PgException(BAD_COPY_FILE_FORMAT, "unterminated CSV quoted field"), line.toString());
            }
            endLine(handler);
        }
    }

    int lineNumber() {
        return lineNumber;
    }

    private void endLine(RowHandler handler) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        String raw = line.substring(0, end);
        line.setLength(0);
        lineNumber++;
        if (raw.equals("\\.")) {
            ended = true;
            return;
        }
        if (headerPending) {
            headerPending = false;
            if (options.headerMatch()) {
                try {
                    matchHeader(options.csv() ? csvValues(raw) : textValues(raw));
                } catch (PgException e) {
                    throw withContext(e, raw);
                }
            }
            return;
        }
        List<String> values;
        try {
            values = options.csv() ? csvValues(raw) : textValues(raw);
            if (values.size() < columns.size()) {
                throw new PgException(BAD_COPY_FILE_FORMAT, "missing data for column \"" + columns.get(values.size()) + "\"");
            }
            if (values.size() > columns.size()) {
                throw new PgException(BAD_COPY_FILE_FORMAT, "extra data after last expected column");
            }
        } catch (PgException e) {
            throw withContext(e, raw);
        }
        handler.row(values, raw, lineNumber);
    }

    /** HEADER MATCH: the header line names the columns being read, in their order. */
    private void matchHeader(List<String> names) {
        if (names.size() != columns.size()) {
            throw new PgException(BAD_COPY_FILE_FORMAT, "wrong number of fields in header line: got " + names.size()
                    + ", expected " + columns.size());
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || !name.equals(columns.get(i))) {
                throw new PgException(BAD_COPY_FILE_FORMAT, "column name mismatch in header line field " + (i + 1)
                        + ": got " + (name == null ? "null value (\"" + options.nullString() + "\")" : "\"" + name + "\"")
                        + ", expected \"" + columns.get(i) + "\"");
            }
        }
    }

    private PgException withContext(PgException e, String raw) {
        return e.withWhere("COPY " + relation + ", line " + lineNumber + ": \"" + raw + "\"");
    }

    private List<String> textValues(String raw) {
        List<String> values = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == options.delimiter()) {
                String field = raw.substring(start, i);
                values.add(field.equals(options.nullString()) ? null : unescape(field));
                start = i + 1;
            } else if (raw.charAt(i) == '\\') {
                i++;
            }
        }
        return values;
    }

    private static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\' || i + 1 == field.length()) {
                out.append(c);
                continue;
            }
            char e = field.charAt(++i);
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append((char) 0x0b);
                case 'x' -> {
                    int end = i + 1;
                    while (end < field.length() && end < i + 3 && Character.digit(field.charAt(end), 16) >= 0) {
                        end++;
                    }
                    if (end == i + 1) {
                        out.append('x');
                    } else {
                        out.append((char) Integer.parseInt(field.substring(i + 1, end), 16));
                        i = end - 1;
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i + 1;
                        while (end < field.length() && end < i + 3 && field.charAt(end) >= '0' && field.charAt(end) <= '7') {
                            end++;
                        }
                        out.append((char) Integer.parseInt(field.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        out.append(e);
                    }
                }
            }
        }
        return out.toString();
    }

    private List<String> csvValues(String raw) {
        List<String> values = new ArrayList<>();
        int i = 0;
        int n = raw.length();
        while (true) {
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean inQuote = false;
            while (i < n) {
                char c = raw.charAt(i);
                if (!inQuote) {
                    if (c == options.delimiter()) {
                        break;
                    }
                    if (c == options.quote()) {
                        inQuote = true;
                        quoted = true;
                    } else {
                        field.append(c);
                    }
                    i++;
                } else if (c == options.escape() && i + 1 < n
                        && (raw.charAt(i + 1) == options.quote() || raw.charAt(i + 1) == options.escape())
                        && (options.escape() != options.quote() || raw.charAt(i + 1) == options.quote())) {
                    field.append(raw.charAt(i + 1));
                    i += 2;
                } else if (c == options.quote()) {
                    inQuote = false;
                    i++;
                } else {
                    field.append(c);
                    i++;
                }
            }
            if (inQuote) {
                throw new PgException(BAD_COPY_FILE_FORMAT, "unterminated CSV quoted field");
            }
            values.add(csvValue(field.toString(), quoted, values.size()));
            if (i >= n) {
                return values;
            }
            i++;
        }
    }

    private String csvValue(String text, boolean quoted, int column) {
        boolean matchesNull = text.equals(options.nullString());
        boolean forcedNotNull = column < forceNotNull.length && forceNotNull[column];
        boolean forcedNull = column < forceNull.length && forceNull[column];
        if (matchesNull && (quoted ? forcedNull : !forcedNotNull)) {
            return null;
        }
        return text;
    }

    private static boolean[] flags(java.util.Set<String> names, List<String> columns) {
        boolean[] out = new boolean[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = names.contains(columns.get(i));
        }
        return out;
    }
}

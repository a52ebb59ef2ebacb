package io.pgmicro.session;

import java.util.List;

/** Writes rows of COPY TO in text or CSV format, with PostgreSQL's escaping and quoting rules. */
final class CopyRowWriter {
    private final CopyOptions options;
    private final boolean[] forceQuote;

    /** @param columns the column names, for FORCE_QUOTE */
    CopyRowWriter(CopyOptions options, List<String> columns) {
        this.options = options;
        this.forceQuote = new boolean[columns.size()];
        for (int i = 0; i < forceQuote.length; i++) {
            forceQuote[i] = options.forceQuoteAll() || options.forceQuote().contains(columns.get(i));
        }
    }

    /** The header line: the column names, escaped as values are. */
    String header(List<String> columns) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                line.append(options.delimiter());
            }
            if (options.csv()) {
                appendCsv(line, columns.get(i), false, columns.size() == 1);
            } else {
                appendText(line, columns.get(i));
            }
        }
        return line.append('\n').toString();
    }

    /** One line; a null element is SQL NULL. */
    String row(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(options.delimiter());
            }
            String value = values.get(i);
            if (value == null) {
                line.append(options.nullString());
            } else if (options.csv()) {
                appendCsv(line, value, forceQuote[i], values.size() == 1);
            } else {
                appendText(line, value);
            }
        }
        return line.append('\n').toString();
    }

    /** Text format: backslash escapes for backslash, the delimiter and the control characters that have a letter. */
    private void appendText(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x0b -> out.append("\\v");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c == options.delimiter()) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
    }

    /**
     * CSV: a value is quoted when forced, when it reads as the NULL string, when it
     * holds the delimiter, the quote, or a line break, or when it is a lone "\." that
     * would read as the end-of-data marker.
     */
    private void appendCsv(StringBuilder out, String value, boolean force, boolean singleColumn) {
        boolean quote = force || value.equals(options.nullString())
                || (singleColumn && value.equals("\\."));
        for (int i = 0; !quote && i < value.length(); i++) {
            char c = value.charAt(i);
            quote = c == options.delimiter() || c == options.quote() || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append(options.quote());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == options.quote() || c == options.escape()) {
                out.append(options.escape());
            }
            out.append(c);
        }
        out.append(options.quote());
    }
}

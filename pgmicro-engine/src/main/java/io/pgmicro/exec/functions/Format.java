package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

/** PostgreSQL's format(): %s, %I, %L and %% with argument positions (n$), the - flag and widths. */
final class Format {
    private Format() {
    }

    /** @param args the function's arguments; args[0] is the format string itself */
    static String format(String fmt, Object[] args) {
        StringBuilder out = new StringBuilder();
        int nextArg = 1;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= fmt.length()) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unterminated format() type specifier")
                        .withHint("For a single \"%\" use \"%%\".");
            }
            if (fmt.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            int start = i;
            int number = 0;
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                number = number * 10 + (fmt.charAt(i++) - '0');
            }
            int argIndex;
            if (i < fmt.length() && fmt.charAt(i) == '$' && i > start) {
                if (number == 0) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "format specifies argument 0, but arguments are numbered from 1");
                }
                argIndex = number;
                i++;
                number = 0;
                start = i;
            } else {
                argIndex = -1;
                i = start;
            }
            boolean leftAlign = false;
            if (i < fmt.length() && fmt.charAt(i) == '-') {
                leftAlign = true;
                i++;
            }
            int width = 0;
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                width = width * 10 + (fmt.charAt(i++) - '0');
            }
            if (i >= fmt.length()) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unterminated format() type specifier")
                        .withHint("For a single \"%\" use \"%%\".");
            }
            char type = fmt.charAt(i++);
            if (type != 's' && type != 'I' && type != 'L') {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "unrecognized format() type specifier \"" + type + "\"")
                        .withHint("For a single \"%\" use \"%%\".");
            }
            int index = argIndex > 0 ? argIndex : nextArg;
            if (index >= args.length) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "too few arguments for format()");
            }
            nextArg = index + 1;
            String text = render(type, args[index]);
            String padding = " ".repeat(Math.max(0, width - text.codePointCount(0, text.length())));
            out.append(leftAlign ? text + padding : padding + text);
        }
        return out.toString();
    }

    private static String render(char type, Object value) {
        return switch (type) {
            case 'I' -> {
                if (value == null) {
                    throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED,
                            "null values cannot be formatted as an SQL identifier");
                }
                yield StringFunctions.quoteIdent(Args.text(value));
            }
            case 'L' -> value == null ? "NULL" : StringFunctions.quoteLiteral(Args.text(value));
            default -> value == null ? "" : Args.text(value);
        };
    }
}

package io.pgmicro.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Splits a meta-command's argument text the way psql does for ordinary arguments:
 * whitespace separates them; single quotes group, with {@code ''} for a quote and
 * C-style backslash escapes inside; double quotes group and are kept; {@code :name}
 * and {@code :'name'} interpolate variables.
 */
final class MetaArguments {
    private MetaArguments() {
    }

    static List<String> split(String text, Function<String, String> variables) {
        List<String> args = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return args;
            }
            StringBuilder arg = new StringBuilder();
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i);
                if (c == '\'') {
                    i = readSingleQuoted(text, i + 1, arg);
                } else if (c == '"') {
                    int close = text.indexOf('"', i + 1);
                    int end = close < 0 ? n : close + 1;
                    arg.append(text, i, end);
                    i = end;
                } else if (c == ':' && i + 1 < n) {
                    i = readVariable(text, i, arg, variables);
                } else {
                    arg.append(c);
                    i++;
                }
            }
            args.add(arg.toString());
        }
    }

    private static int readSingleQuoted(String text, int i, StringBuilder arg) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < n && text.charAt(i + 1) == '\'') {
                    arg.append('\'');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (c == '\\' && i + 1 < n) {
                char e = text.charAt(i + 1);
                arg.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'b' -> '\b';
                    case 'r' -> '\r';
                    case 'f' -> '\f';
                    default -> e;
                });
                i += 2;
                continue;
            }
            arg.append(c);
            i++;
        }
        return i;
    }

    private static int readVariable(String text, int i, StringBuilder arg, Function<String, String> variables) {
        int n = text.length();
        char quote = text.charAt(i + 1);
        if (quote == '\'' || quote == '"') {
            int close = text.indexOf(quote, i + 2);
            String value = close > i + 2 ? variables.apply(text.substring(i + 2, close)) : null;
            if (value != null) {
                arg.append(quote == '\'' ? SqlQuoting.literal(value).trim() : SqlQuoting.identifier(value));
                return close + 1;
            }
            arg.append(':');
            return i + 1;
        }
        int end = i + 1;
        while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        String value = end > i + 1 ? variables.apply(text.substring(i + 1, end)) : null;
        if (value != null) {
            arg.append(value);
            return end;
        }
        arg.append(':');
        return i + 1;
    }
}

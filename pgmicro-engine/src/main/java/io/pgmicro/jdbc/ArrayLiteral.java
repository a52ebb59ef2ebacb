package io.pgmicro.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL's text form of one-dimensional arrays, e.g. {@code {1,2,NULL,"a b","c\"d"}}:
 * read into element texts (null for NULL) and written back from them.
 */
final class ArrayLiteral {
    private ArrayLiteral() {
    }

    static List<String> parse(String literal) {
        String text = literal.strip();
        int open = text.indexOf('{');
        if (open < 0 || !text.endsWith("}")) {
            throw new IllegalArgumentException("not an array literal: " + literal);
        }
        List<String> elements = new ArrayList<>();
        int i = open + 1;
        int end = text.length() - 1;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ',' || Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                StringBuilder element = new StringBuilder();
                i++;
                while (i < end && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                    element.append(text.charAt(i));
                    i++;
                }
                elements.add(element.toString());
                i++;
            } else {
                int start = i;
                while (i < end && text.charAt(i) != ',') {
                    i++;
                }
                String element = text.substring(start, i).strip();
                elements.add(element.equalsIgnoreCase("NULL") ? null : element);
            }
        }
        return elements;
    }

    static String format(List<String> elements) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String element = elements.get(i);
            if (element == null) {
                out.append("NULL");
            } else if (needsQuotes(element)) {
                out.append('"');
                for (char c : element.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        out.append('\\');
                    }
                    out.append(c);
                }
                out.append('"');
            } else {
                out.append(element);
            }
        }
        return out.append('}').toString();
    }

    private static boolean needsQuotes(String element) {
        if (element.isEmpty() || element.toUpperCase(Locale.ROOT).equals("NULL")) {
            return true;
        }
        for (char c : element.toCharArray()) {
            if (c == '{' || c == '}' || c == ',' || c == '"' || c == '\\' || Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }
}

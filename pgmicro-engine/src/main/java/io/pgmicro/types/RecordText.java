package io.pgmicro.types;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's text form of a record, '(1,"a b",)': the field texts it holds, null for
 * an empty unquoted field. A record value is stored as this text, so selecting one
 * field, (v).x, reads it back out.
 */
public final class RecordText {
    private RecordText() {
    }

    /** The field texts of a record's output text, as record_out wrote them. */
    public static List<String> fields(String text) {
        List<String> fields = new ArrayList<>();
        int end = text.lastIndexOf(')');
        int i = text.indexOf('(') + 1;
        if (i == 0 || end < i) {
            throw new IllegalArgumentException("not a record's text: " + text);
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean sawQuote = false;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < end && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else if (c == '\\' && i + 1 < end) {
                    field.append(text.charAt(++i));
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                sawQuote = true;
            } else if (c == ',') {
                fields.add(field.length() == 0 && !sawQuote ? null : field.toString());
                field.setLength(0);
                sawQuote = false;
            } else {
                field.append(c);
            }
        }
        fields.add(field.length() == 0 && !sawQuote ? null : field.toString());
        return fields;
    }

    /** record_out: fields in parentheses, NULL as nothing, quoted when empty or holding special characters. */
    public static String format(Object... fields) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            if (fields[i] == null) {
                continue;
            }
            String f = fields[i].toString();
            boolean quote = f.isEmpty() || f.chars().anyMatch(c -> c == '"' || c == '\\' || c == '(' || c == ')' || c == ','
                    || Character.isWhitespace(c));
            if (!quote) {
                sb.append(f);
                continue;
            }
            sb.append('"');
            for (char c : f.toCharArray()) {
                if (c == '"' || c == '\\') {
                    sb.append(c);
                }
                sb.append(c);
            }
            sb.append('"');
        }
        return sb.append(')').toString();
    }
}

package io.pgmicro.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a name given as text ('public.Orders', '"My Seq"') into its parts with
 * PostgreSQL's identifier rules: unquoted parts fold to lower case, quoted ones keep
 * their case and may contain dots.
 */
public final class QualifiedNames {
    private QualifiedNames() {
    }

    public static String[] split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        current.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '.') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(Character.toLowerCase(c) == c ? c : String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0));
            }
        }
        parts.add(current.toString().trim());
        return parts.toArray(new String[0]);
    }
}

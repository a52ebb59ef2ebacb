package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's string functions. Positions and lengths count characters (code points),
 * as PostgreSQL does in a UTF-8 database, not Java's UTF-16 units.
 */
final class StringFunctions {
    private StringFunctions() {
    }

    static void register(Registrar r) {
        r.strict("pg_lower", 1, a -> mapCodePoints(Args.text(a[0]), Character::toLowerCase));
        r.strict("pg_upper", 1, a -> mapCodePoints(Args.text(a[0]), Character::toUpperCase));
        r.strict("pg_initcap", 1, a -> initcap(Args.text(a[0])));
        r.strict("pg_char_length", 1, a -> (long) codePoints(Args.text(a[0])).length);
        r.strict("pg_bpchar_length", 1, a -> (long) codePoints(stripTrailingSpaces(Args.text(a[0]))).length);
        r.strict("pg_substr", 2, a -> substring(Args.text(a[0]), Args.integer(a[1]), null));
        r.strict("pg_substr", 3, a -> substring(Args.text(a[0]), Args.integer(a[1]), Args.integer(a[2])));
        r.strict("pg_overlay", 3, a -> overlay(Args.text(a[0]), Args.text(a[1]), Args.integer(a[2]), null));
        r.strict("pg_overlay", 4, a -> overlay(Args.text(a[0]), Args.text(a[1]), Args.integer(a[2]),
                Args.integer(a[3])));
        r.strict("pg_strpos", 2, a -> (long) strpos(Args.text(a[0]), Args.text(a[1])));
        r.strict("pg_left", 2, a -> left(Args.text(a[0]), Args.int4(a[1])));
        r.strict("pg_right", 2, a -> right(Args.text(a[0]), Args.int4(a[1])));
        r.strict("pg_lpad", 2, a -> pad(Args.text(a[0]), Args.int4(a[1]), " ", true));
        r.strict("pg_lpad", 3, a -> pad(Args.text(a[0]), Args.int4(a[1]), Args.text(a[2]), true));
        r.strict("pg_rpad", 2, a -> pad(Args.text(a[0]), Args.int4(a[1]), " ", false));
        r.strict("pg_rpad", 3, a -> pad(Args.text(a[0]), Args.int4(a[1]), Args.text(a[2]), false));
        r.strict("pg_repeat", 2, a -> repeat(Args.text(a[0]), Args.int4(a[1])));
        r.strict("pg_reverse", 1, a -> new StringBuilder(Args.text(a[0])).reverse().toString());
        r.strict("pg_split_part", 3, a -> splitPart(Args.text(a[0]), Args.text(a[1]), Args.int4(a[2])));
        r.lenient("pg_concat", -1, StringFunctions::concat);
        r.lenient("pg_concat_ws", -1, StringFunctions::concatWs);
        r.strict("pg_md5", 1, a -> md5(Args.bytes(a[0])));
        r.strict("pg_to_hex4", 1, a -> Integer.toHexString((int) Args.integer(a[0])));
        r.strict("pg_to_hex8", 1, a -> Long.toHexString(Args.integer(a[0])));
        r.strict("pg_ascii", 1, a -> {
            String s = Args.text(a[0]);
            return s.isEmpty() ? 0L : (long) s.codePointAt(0);
        });
        r.strict("pg_chr", 1, a -> chr(Args.integer(a[0])));
        r.strict("pg_starts_with", 2, a -> Args.text(a[0]).startsWith(Args.text(a[1])));
        r.strict("pg_translate", 3, a -> translate(Args.text(a[0]), Args.text(a[1]), Args.text(a[2])));
        r.strict("pg_quote_ident", 1, a -> quoteIdent(Args.text(a[0])));
        r.strict("pg_quote_literal", 1, a -> quoteLiteral(Args.text(a[0])));
        r.lenient("pg_quote_nullable", 1, a -> a[0] == null ? "NULL" : quoteLiteral(Args.text(a[0])));
        r.lenient("pg_string_to_array", 2, a -> stringToArray(a[0], a[1], null));
        r.lenient("pg_string_to_array", 3, a -> stringToArray(a[0], a[1], a[2]));
        r.strict("pg_array_to_string", 2, a -> arrayToString(Args.text(a[0]), Args.text(a[1]), null));
        r.lenient("pg_array_to_string", 3, a -> a[0] == null || a[1] == null ? null
                : arrayToString(Args.text(a[0]), Args.text(a[1]), Args.text(a[2])));
        r.lenient("pg_format", -1, a -> a[0] == null ? null : Format.format(Args.text(a[0]), a));
    }

    static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    private static String fromCodePoints(int[] cps, int from, int to) {
        return new String(cps, from, Math.max(0, to - from));
    }

    static String mapCodePoints(String s, java.util.function.IntUnaryOperator op) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().map(op).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Words are runs of letters and digits; each starts upper case, the rest is lower case. */
    static String initcap(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inWord = false;
        for (int cp : codePoints(s)) {
            boolean alnum = Character.isLetterOrDigit(cp);
            out.appendCodePoint(alnum && !inWord ? Character.toUpperCase(cp) : Character.toLowerCase(cp));
            inWord = alnum;
        }
        return out.toString();
    }

    /** substr(s, start[, count]): positions before 1 still consume the count, as in PostgreSQL. */
    static String substring(String s, long start, Long count) {
        int[] cps = codePoints(s);
        if (count != null && count < 0) {
            throw new PgException("22011", "negative substring length not allowed");
        }
        long from = Math.max(start, 1);
        long to = count == null ? cps.length + 1L : Math.min(start + count, cps.length + 1L);
        if (count != null && start + count < start) {
            to = cps.length + 1L;
        }
        if (from > cps.length || to <= from) {
            return "";
        }
        return fromCodePoints(cps, (int) from - 1, (int) to - 1);
    }

    /**
     * overlay(s PLACING replacement FROM start [FOR count]): s's characters before start, the
     * replacement, then s from start + count on; count defaults to the replacement's length.
     */
    static String overlay(String s, String replacement, long start, Long count) {
        long length = count != null ? count : replacement.codePointCount(0, replacement.length());
        if (start <= 0) {
            throw new PgException("22011", "negative substring length not allowed");
        }
        long resume = start + length;
        if (resume != (int) resume) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "integer out of range");
        }
        return substring(s, 1, start - 1) + replacement + substring(s, resume, null);
    }

    static int strpos(String s, String sub) {
        int idx = s.indexOf(sub);
        return idx < 0 ? 0 : s.codePointCount(0, idx) + 1;
    }

    static String left(String s, int n) {
        int[] cps = codePoints(s);
        int len = n >= 0 ? Math.min(n, cps.length) : Math.max(cps.length + n, 0);
        return fromCodePoints(cps, 0, len);
    }

    static String right(String s, int n) {
        int[] cps = codePoints(s);
        int len = n >= 0 ? Math.min(n, cps.length) : Math.max(cps.length + n, 0);
        return fromCodePoints(cps, cps.length - len, cps.length);
    }

    static String pad(String s, int length, String fill, boolean left) {
        int[] cps = codePoints(s);
        if (length <= 0) {
            return "";
        }
        if (cps.length >= length || fill.isEmpty()) {
            return fromCodePoints(cps, 0, Math.min(length, cps.length));
        }
        int[] fillCps = codePoints(fill);
        StringBuilder padding = new StringBuilder();
        for (int i = 0; i < length - cps.length; i++) {
            padding.appendCodePoint(fillCps[i % fillCps.length]);
        }
        return left ? padding + s : s + padding;
    }

    static String repeat(String s, int n) {
        if (n <= 0) {
            return "";
        }
        if ((long) s.length() * n > 1_073_741_823L) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested length too large");
        }
        return s.repeat(n);
    }

    /** split_part(s, delimiter, n): n counts from the end when negative. */
    static String splitPart(String s, String delimiter, int n) {
        if (n == 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "field position must not be zero");
        }
        List<String> parts = new ArrayList<>();
        if (delimiter.isEmpty()) {
            parts.add(s);
        } else if (!s.isEmpty()) {
            int from = 0;
            int idx;
            while ((idx = s.indexOf(delimiter, from)) >= 0) {
                parts.add(s.substring(from, idx));
                from = idx + delimiter.length();
            }
            parts.add(s.substring(from));
        }
        int index = n > 0 ? n - 1 : parts.size() + n;
        return index >= 0 && index < parts.size() ? parts.get(index) : "";
    }

    private static Object concat(Object[] args) {
        StringBuilder out = new StringBuilder();
        for (Object a : args) {
            if (a != null) {
                out.append(Args.text(a));
            }
        }
        return out.toString();
    }

    private static Object concatWs(Object[] args) {
        if (args.length == 0 || args[0] == null) {
            return null;
        }
        String separator = Args.text(args[0]);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (int i = 1; i < args.length; i++) {
            if (args[i] != null) {
                if (!first) {
                    out.append(separator);
                }
                out.append(Args.text(args[i]));
                first = false;
            }
        }
        return out.toString();
    }

    static String md5(byte[] data) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(data);
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String chr(long code) {
        if (code == 0) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "null character not permitted");
        }
        if (code < 0 || code > Character.MAX_CODE_POINT) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested character too large for encoding: " + code);
        }
        if (code >= 0xD800 && code <= 0xDFFF) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested character not valid for encoding: " + code);
        }
        return new String(Character.toChars((int) code));
    }

    static String translate(String s, String from, String to) {
        int[] fromCps = codePoints(from);
        int[] toCps = codePoints(to);
        StringBuilder out = new StringBuilder();
        for (int cp : codePoints(s)) {
            int idx = -1;
            for (int i = 0; i < fromCps.length; i++) {
                if (fromCps[i] == cp) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                out.appendCodePoint(cp);
            } else if (idx < toCps.length) {
                out.appendCodePoint(toCps[idx]);
            }
        }
        return out.toString();
    }

    /** Quotes unless the name is a lower-case identifier that is not a keyword. */
    static String quoteIdent(String s) {
        boolean safe = !s.isEmpty() && (Character.isLowerCase(s.charAt(0)) || s.charAt(0) == '_')
                && s.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80)
                && !SqlKeywords.isReserved(s);
        return safe ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** quote_literal: doubles quotes, and writes E'' with doubled backslashes when there are backslashes. */
    static String quoteLiteral(String s) {
        String body = s.replace("'", "''");
        if (s.indexOf('\\') >= 0) {
            return "E'" + body.replace("\\", "\\\\") + "'";
        }
        return "'" + body + "'";
    }

    private static Object stringToArray(Object text, Object delimiter, Object nullString) {
        if (text == null) {
            return null;
        }
        String s = Args.text(text);
        String nullText = Args.text(nullString);
        List<String> parts = new ArrayList<>();
        if (s.isEmpty()) {
            return PgArray.EMPTY.toString();
        }
        if (delimiter == null) {
            s.codePoints().forEach(cp -> parts.add(new String(Character.toChars(cp))));
        } else {
            String d = Args.text(delimiter);
            if (d.isEmpty()) {
                parts.add(s);
            } else {
                int from = 0;
                int idx;
                while ((idx = s.indexOf(d, from)) >= 0) {
                    parts.add(s.substring(from, idx));
                    from = idx + d.length();
                }
                parts.add(s.substring(from));
            }
        }
        if (nullText != null) {
            parts.replaceAll(p -> p.equals(nullText) ? null : p);
        }
        return PgArray.of(parts).toString();
    }

    static String arrayToString(String array, String delimiter, String nullText) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String e : PgArray.parse(array).elements()) {
            if (e == null && nullText == null) {
                continue;
            }
            if (!first) {
                out.append(delimiter);
            }
            out.append(e == null ? nullText : e);
            first = false;
        }
        return out.toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

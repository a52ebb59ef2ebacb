package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** to_date and to_timestamp(text, format): reads input text by the same template patterns to_char prints. */
final class DateTimeParse {
    private DateTimeParse() {
    }

    static LocalDateTime parse(String input, String format) {
        int year = 1;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        long micros = 0;
        Boolean pm = null;
        boolean bc = false;
        int dayOfYear = 0;
        int pos = 0;
        java.util.List<DateTimeFormat.Node> nodes = DateTimeFormat.parse(format);
        for (int ni = 0; ni < nodes.size(); ni++) {
            DateTimeFormat.Node n = nodes.get(ni);
            // A field directly followed by another field ("YYYYMMDD") takes only its own width.
            boolean packed = ni + 1 < nodes.size() && nodes.get(ni + 1).keyword() != null;
            if (n.keyword() == null) {
                // A literal or separator in the template skips one input character (spaces: any run).
                if (n.literal().isBlank()) {
                    while (pos < input.length() && input.charAt(pos) == ' ') {
                        pos++;
                    }
                } else if (pos < input.length()) {
                    pos += Math.min(n.literal().length(), input.length() - pos);
                }
                continue;
            }
            while (pos < input.length() && input.charAt(pos) == ' ') {
                pos++;
            }
            String k = n.keyword().toUpperCase(Locale.ROOT);
            switch (k) {
                case "YYYY", "IYYY", "YYY", "YY", "Y", "Y,YYY" -> {
                    int[] r = number(input, pos, k.equals("Y,YYY") ? 5 : k.length() == 4 && !packed ? 9 : k.length(), k);
                    year = r[0];
                    if (k.equals("YY") && r[1] - pos <= 2) {
                        year = year < 70 ? 2000 + year : 1900 + year;
                    } else if (k.equals("YYY") && r[1] - pos <= 3) {
                        year = year < 100 ? 2000 + year : 1000 + year;
                    }
                    pos = r[1];
                }
                case "MM" -> {
                    int[] r = number(input, pos, 2, k);
                    month = r[0];
                    pos = r[1];
                }
                case "DD" -> {
                    int[] r = number(input, pos, 2, k);
                    day = r[0];
                    pos = r[1];
                }
                case "DDD" -> {
                    int[] r = number(input, pos, 3, k);
                    dayOfYear = r[0];
                    pos = r[1];
                }
                case "HH", "HH12", "HH24" -> {
                    int[] r = number(input, pos, 2, k);
                    hour = r[0];
                    pos = r[1];
                    if (!k.equals("HH24") && (hour < 1 || hour > 12)) {
                        throw new PgException(SqlState.INVALID_DATETIME_FORMAT,
                                "hour \"" + hour + "\" is invalid for the 12-hour clock")
                                .withHint("Use the 24-hour clock, or give an hour between 1 and 12.");
                    }
                }
                case "MI" -> {
                    int[] r = number(input, pos, 2, k);
                    minute = r[0];
                    pos = r[1];
                }
                case "SS" -> {
                    int[] r = number(input, pos, 2, k);
                    second = r[0];
                    pos = r[1];
                }
                case "MS", "US", "FF1", "FF2", "FF3", "FF4", "FF5", "FF6" -> {
                    int start = pos;
                    int max = k.equals("MS") ? 3 : k.equals("US") ? 6 : k.charAt(2) - '0';
                    int[] r = number(input, pos, max, k);
                    int digits = r[1] - start;
                    long value = r[0];
                    micros = k.equals("MS") ? value * (long) Math.pow(10, 3 - digits) * 1000
                            : value * (long) Math.pow(10, 6 - digits);
                    pos = r[1];
                }
                case "AM", "PM", "A.M.", "P.M." -> {
                    String word = input.substring(pos, Math.min(input.length(), pos + k.length())).toUpperCase(Locale.ROOT);
                    pm = word.startsWith("P");
                    pos += k.length();
                }
                case "AD", "BC", "A.D.", "B.C." -> {
                    String word = input.substring(pos, Math.min(input.length(), pos + k.length())).toUpperCase(Locale.ROOT);
                    bc = word.startsWith("B");
                    pos += k.length();
                }
                case "MONTH", "MON" -> {
                    Month found = null;
                    for (Month m : Month.values()) {
                        for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT}) {
                            String nm = m.getDisplayName(style, Locale.ENGLISH);
                            if (input.regionMatches(true, pos, nm, 0, nm.length())
                                    && (found == null || style == TextStyle.FULL)) {
                                found = m;
                                pos += nm.length();
                                break;
                            }
                        }
                        if (found != null) {
                            break;
                        }
                    }
                    if (found == null) {
                        throw new PgException(SqlState.INVALID_DATETIME_FORMAT,
                                "invalid value \"" + word(input, pos) + "\" for \"" + n.keyword() + "\"")
                                .withDetail("The given value did not match any of the allowed values for this field.");
                    }
                    month = found.getValue();
                }
                case "DAY", "DY" -> {
                    while (pos < input.length() && Character.isLetter(input.charAt(pos))) {
                        pos++;
                    }
                }
                case "TZ", "OF", "TZH", "TZM" -> {
                    while (pos < input.length() && input.charAt(pos) != ' ') {
                        pos++;
                    }
                }
                default -> {
                    int[] r = number(input, pos, 9, k);
                    pos = r[1];
                }
            }
        }
        if (pm != null) {
            if (pm && hour < 12) {
                hour += 12;
            } else if (!pm && hour == 12) {
                hour = 0;
            }
        }
        int realYear = bc ? 1 - year : year;
        try {
            LocalDate d = dayOfYear > 0 ? LocalDate.ofYearDay(realYear, dayOfYear) : LocalDate.of(realYear, month, day);
            if (hour > 23 || minute > 59 || second > 60) {
                throw new DateTimeException("time");
            }
            return d.atTime(hour, minute, second).plusNanos(micros * 1000);
        } catch (DateTimeException e) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "date/time field value out of range: \"" + input + "\"");
        }
    }

    private static String word(String input, int pos) {
        int end = pos;
        while (end < input.length() && !Character.isWhitespace(input.charAt(end))) {
            end++;
        }
        return input.substring(pos, end);
    }

    /** Reads up to {@code max} digits (with an optional sign); returns {value, new position}. */
    private static int[] number(String input, int pos, int max, String keyword) {
        int p = pos;
        boolean negative = false;
        if (p < input.length() && (input.charAt(p) == '-' || input.charAt(p) == '+')) {
            negative = input.charAt(p) == '-';
            p++;
        }
        int start = p;
        long value = 0;
        while (p < input.length() && p - start < max && (Character.isDigit(input.charAt(p))
                || input.charAt(p) == ',' && keyword.equals("Y,YYY"))) {
            if (input.charAt(p) != ',') {
                value = value * 10 + (input.charAt(p) - '0');
            }
            p++;
        }
        if (p == start) {
            String found = p < input.length() ? word(input, p) : "";
            throw new PgException(SqlState.INVALID_DATETIME_FORMAT,
                    "invalid value \"" + found + "\" for \"" + keyword + "\"")
                    .withDetail("Value must be an integer.");
        }
        return new int[] {(int) (negative ? -value : value), p};
    }
}

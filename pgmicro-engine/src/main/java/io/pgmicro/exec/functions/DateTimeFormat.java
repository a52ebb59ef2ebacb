package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.JulianFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The template patterns of to_char, to_date and to_timestamp for dates and times
 * (YYYY, MM, DD, HH24, MI, SS, Month, Dy, AM, TZ ... with the FM and TH modifiers).
 */
final class DateTimeFormat {
    /** Longest first, so that "HH24" wins over "HH" and "MONTH" over "MON". */
    private static final String[] KEYWORDS = {
        "A.D.", "a.d.", "A.M.", "a.m.", "B.C.", "b.c.", "P.M.", "p.m.", "Y,YYY", "y,yyy",
        "SSSSS", "sssss", "MONTH", "Month", "month", "HH24", "hh24", "HH12", "hh12", "IDDD", "iddd", "IYYY", "iyyy",
        "SSSS", "ssss", "YYYY", "yyyy", "DAY", "Day", "day", "DDD", "ddd", "IYY", "iyy", "MON", "Mon", "mon",
        "TZH", "tzh", "TZM", "tzm", "YYY", "yyy", "FF1", "FF2", "FF3", "FF4", "FF5", "FF6", "ff1", "ff2", "ff3",
        "ff4", "ff5", "ff6",
        "AD", "ad", "AM", "am", "BC", "bc", "CC", "cc", "DD", "dd", "DY", "Dy", "dy", "HH", "hh", "ID", "id",
        "IW", "iw", "IY", "iy", "MI", "mi", "MM", "mm", "MS", "ms", "OF", "of", "PM", "pm", "RM", "rm", "SS", "ss",
        "TZ", "tz", "US", "us", "WW", "ww", "YY", "yy",
        "D", "d", "I", "i", "J", "j", "Q", "q", "W", "w", "Y", "y"};

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    /** One element of a parsed template: a keyword with its modifiers, or literal text. */
    record Node(String keyword, String literal, boolean fillMode, String suffix) {
    }

    private DateTimeFormat() {
    }

    static List<Node> parse(String format) {
        List<Node> nodes = new ArrayList<>();
        int i = 0;
        while (i < format.length()) {
            boolean fm = false;
            if (format.startsWith("FM", i) || format.startsWith("fm", i)) {
                fm = true;
                i += 2;
            }
            if (format.startsWith("FX", i) || format.startsWith("fx", i)) {
                i += 2;
                continue;
            }
            String keyword = null;
            for (String k : KEYWORDS) {
                if (format.startsWith(k, i)) {
                    keyword = k;
                    break;
                }
            }
            if (keyword != null) {
                i += keyword.length();
                String suffix = null;
                if (format.startsWith("TH", i) || format.startsWith("th", i)) {
                    suffix = format.substring(i, i + 2);
                    i += 2;
                }
                nodes.add(new Node(keyword, null, fm, suffix));
                continue;
            }
            if (fm) {
                continue;
            }
            char c = format.charAt(i);
            if (c == '"') {
                StringBuilder lit = new StringBuilder();
                i++;
                while (i < format.length() && format.charAt(i) != '"') {
                    if (format.charAt(i) == '\\' && i + 1 < format.length()) {
                        i++;
                    }
                    lit.append(format.charAt(i++));
                }
                i++;
                nodes.add(new Node(null, lit.toString(), false, null));
            } else if (c == '\\' && i + 1 < format.length() && format.charAt(i + 1) == '"') {
                nodes.add(new Node(null, "\"", false, null));
                i += 2;
            } else {
                nodes.add(new Node(null, String.valueOf(c), false, null));
                i++;
            }
        }
        return nodes;
    }

    /**
     * to_char for a local date-time; {@code zone} is the zone the value is shown in for
     * timestamptz (TZ, OF print it), or null for timestamp (TZ prints nothing).
     */
    static String format(LocalDateTime ts, ZonedDateTime zoned, String format) {
        StringBuilder out = new StringBuilder();
        for (Node n : parse(format)) {
            if (n.keyword() == null) {
                out.append(n.literal());
                continue;
            }
            out.append(field(n, ts, zoned));
        }
        return out.toString();
    }

    private static String num(long value, int width, Node n) {
        String digits = Long.toString(Math.abs(value));
        if (!n.fillMode() && digits.length() < width) {
            digits = "0".repeat(width - digits.length()) + digits;
        }
        String text = (value < 0 ? "-" : "") + digits;
        return n.suffix() == null ? text : text + ordinal(value, n.suffix());
    }

    private static String ordinal(long value, String suffix) {
        long v = Math.abs(value);
        String s = v % 100 >= 11 && v % 100 <= 13 ? "th"
                : v % 10 == 1 ? "st" : v % 10 == 2 ? "nd" : v % 10 == 3 ? "rd" : "th";
        return suffix.equals("TH") ? s.toUpperCase(Locale.ROOT) : s;
    }

    private static String name(String full, String keyword, boolean fillMode, int padTo) {
        String text;
        if (Character.isUpperCase(keyword.charAt(0)) && Character.isUpperCase(keyword.charAt(1))) {
            text = full.toUpperCase(Locale.ROOT);
        } else if (Character.isUpperCase(keyword.charAt(0))) {
            text = full;
        } else {
            text = full.toLowerCase(Locale.ROOT);
        }
        if (!fillMode && text.length() < padTo) {
            text = text + " ".repeat(padTo - text.length());
        }
        return text;
    }

    private static String field(Node n, LocalDateTime ts, ZonedDateTime zoned) {
        LocalDate d = ts.toLocalDate();
        int year = d.getYear() > 0 ? d.getYear() : 1 - d.getYear();
        int hour12 = ts.getHour() % 12 == 0 ? 12 : ts.getHour() % 12;
        boolean pm = ts.getHour() >= 12;
        String k = n.keyword();
        String upper = k.toUpperCase(Locale.ROOT);
        switch (upper) {
            case "HH", "HH12":
                return num(hour12, 2, n);
            case "HH24":
                return num(ts.getHour(), 2, n);
            case "MI":
                return num(ts.getMinute(), 2, n);
            case "SS":
                return num(ts.getSecond(), 2, n);
            case "MS":
                return num(ts.getNano() / 1_000_000, 3, n);
            case "US":
                return num(ts.getNano() / 1000, 6, n);
            case "FF1", "FF2", "FF3", "FF4", "FF5", "FF6": {
                int digits = upper.charAt(2) - '0';
                return num(ts.getNano() / (long) Math.pow(10, 9 - digits), digits, n);
            }
            case "SSSS", "SSSSS":
                return num(ts.toLocalTime().toSecondOfDay(), 1, n);
            case "AM", "PM":
                return cased(pm ? "PM" : "AM", k);
            case "A.M.", "P.M.":
                return cased(pm ? "P.M." : "A.M.", k);
            case "AD", "BC":
                return cased(d.getYear() > 0 ? "AD" : "BC", k);
            case "A.D.", "B.C.":
                return cased(d.getYear() > 0 ? "A.D." : "B.C.", k);
            case "Y,YYY":
                return String.format("%d,%03d", year / 1000, year % 1000);
            case "YYYY":
                return num(year, 4, n);
            case "YYY":
                return num(year % 1000, 3, n);
            case "YY":
                return num(year % 100, 2, n);
            case "Y":
                return num(year % 10, 1, n);
            case "IYYY":
                return num(d.get(IsoFields.WEEK_BASED_YEAR), 4, n);
            case "IYY":
                return num(d.get(IsoFields.WEEK_BASED_YEAR) % 1000, 3, n);
            case "IY":
                return num(d.get(IsoFields.WEEK_BASED_YEAR) % 100, 2, n);
            case "I":
                return num(d.get(IsoFields.WEEK_BASED_YEAR) % 10, 1, n);
            case "MONTH":
                return name(d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), k, n.fillMode(), 9);
            case "MON":
                return name(d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), k, true, 0);
            case "MM":
                return num(d.getMonthValue(), 2, n);
            case "DAY":
                return name(d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), k, n.fillMode(), 9);
            case "DY":
                return name(d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), k, true, 0);
            case "DDD":
                return num(d.getDayOfYear(), 3, n);
            case "IDDD":
                return num((d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) - 1) * 7L + d.getDayOfWeek().getValue(), 3, n);
            case "DD":
                return num(d.getDayOfMonth(), 2, n);
            case "D":
                return num(d.getDayOfWeek().getValue() % 7 + 1, 1, n);
            case "ID":
                return num(d.getDayOfWeek().getValue(), 1, n);
            case "W":
                return num((d.getDayOfMonth() - 1) / 7 + 1, 1, n);
            case "WW":
                return num((d.getDayOfYear() - 1) / 7 + 1, 2, n);
            case "IW":
                return num(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, n);
            case "CC":
                return num(d.getYear() > 0 ? (d.getYear() + 99) / 100 : -((99 - d.getYear()) / 100), 2, n);
            case "J":
                return num(d.getLong(JulianFields.JULIAN_DAY), 1, n);
            case "Q":
                return num((d.getMonthValue() - 1) / 3 + 1, 1, n);
            case "RM": {
                String roman = ROMAN[d.getMonthValue() - 1];
                if (!n.fillMode()) {
                    roman = roman + " ".repeat(4 - roman.length());
                }
                return k.equals("rm") ? roman.toLowerCase(Locale.ROOT) : roman;
            }
            case "TZ": {
                if (zoned == null) {
                    return "";
                }
                String abbrev = io.pgmicro.types.DateStyleOutput.zoneAbbreviation(zoned);
                return k.equals("tz") ? abbrev.toLowerCase(Locale.ROOT) : abbrev;
            }
            case "OF":
                return zoned == null ? "" : DateTimes.offsetText(zoned.getOffset(), false);
            case "TZH":
                return zoned == null ? "" : DateTimes.offsetText(zoned.getOffset(), false).substring(0, 3);
            case "TZM":
                return zoned == null ? "" : String.format("%02d", Math.abs(zoned.getOffset().getTotalSeconds()) % 3600 / 60);
            default:
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "formatting field \"" + k + "\" is only supported in to_char");
        }
    }

    private static String cased(String text, String keyword) {
        return Character.isLowerCase(keyword.charAt(0)) ? text.toLowerCase(Locale.ROOT) : text;
    }
}

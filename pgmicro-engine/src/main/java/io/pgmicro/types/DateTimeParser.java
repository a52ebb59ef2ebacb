package io.pgmicro.types;

import io.pgmicro.types.DateTimeFields.Special;
import io.pgmicro.types.DateTimeSyntaxError.Kind;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the date/time input forms PostgreSQL accepts into {@link DateTimeFields}: ISO
 * ('2024-01-02 03:04:05.5+02', 'T' separator, 'Z'), DateStyle-ordered numeric dates
 * ('1/2/2024'), month names ('Jan 2, 2024', '02-Jan-2024'), 'YYYYMMDD', am/pm, BC,
 * UTC offsets, zone abbreviations and full zone names, and the special words. Like
 * PostgreSQL's ParseDateTime, it first splits the string into typed fields, then decodes.
 */
final class DateTimeParser {
    private enum TokenKind { DATE, TIME, NUMBER, WORD, OFFSET }

    private record Token(TokenKind kind, String text) {
    }

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> ZONE_ABBREVIATIONS = new HashMap<>();
    private static final Map<String, ZoneId> ZONES_BY_LOWER_NAME = new HashMap<>();
    private static final java.util.Set<String> DAY_NAMES = java.util.Set.of(
            "sun", "sunday", "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday",
            "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday");

    static {
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int i = 0; i < 12; i++) {
            MONTHS.put(full[i], i + 1);
            MONTHS.put(full[i].substring(0, 3), i + 1);
        }
        MONTHS.put("sept", 9);
        // A few of PostgreSQL's default abbreviations (hours east of UTC).
        Object[][] abbreviations = {{"z", 0}, {"zulu", 0}, {"utc", 0}, {"gmt", 0}, {"ut", 0},
                {"est", -5}, {"edt", -4}, {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6},
                {"pst", -8}, {"pdt", -7}, {"cet", 1}, {"cest", 2}, {"eet", 2}, {"eest", 3},
                {"wet", 0}, {"west", 1}, {"bst", 1}, {"jst", 9}, {"msk", 3}, {"hst", -10}};
        for (Object[] a : abbreviations) {
            ZONE_ABBREVIATIONS.put((String) a[0], (Integer) a[1] * 3600);
        }
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZONES_BY_LOWER_NAME.put(id.toLowerCase(Locale.ROOT), ZoneId.of(id));
        }
    }

    private final FormatContext ctx;
    private final DateTimeFields f = new DateTimeFields();
    private final List<String> looseNumbers = new ArrayList<>();
    private int fieldCount;

    private DateTimeParser(FormatContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @throws DateTimeSyntaxError if the text is not a date/time; a full zone name that is
     *                             unknown throws PostgreSQL's 22023 directly
     */
    static DateTimeFields parse(String text, FormatContext ctx) {
        DateTimeParser parser = new DateTimeParser(ctx);
        for (Token token : tokenize(text)) {
            parser.decode(token);
        }
        parser.finish();
        return parser.f;
    }

    /** Looks a full time zone name up as PostgreSQL does, ignoring case; null if unknown. */
    static ZoneId zoneByName(String name) {
        return ZONES_BY_LOWER_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (isDigit(c)) {
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                if (i < n && s.charAt(i) == ':') {
                    while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '.')) {
                        i++;
                    }
                    tokens.add(new Token(TokenKind.TIME, s.substring(start, i)));
                } else if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '/' || s.charAt(i) == '.')) {
                    char delimiter = s.charAt(i++);
                    TokenKind kind = TokenKind.DATE;
                    if (i < n && isDigit(s.charAt(i))) {
                        kind = delimiter == '.' ? TokenKind.NUMBER : TokenKind.DATE;
                        while (i < n && isDigit(s.charAt(i))) {
                            i++;
                        }
                        if (i < n && s.charAt(i) == delimiter) {
                            kind = TokenKind.DATE;
                            while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == delimiter)) {
                                i++;
                            }
                        }
                    } else {
                        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == delimiter)) {
                            i++;
                        }
                    }
                    tokens.add(new Token(kind, s.substring(start, i).toLowerCase(Locale.ROOT)));
                } else {
                    tokens.add(new Token(TokenKind.NUMBER, s.substring(start, i)));
                }
            } else if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(s.charAt(i))) {
                    i++;
                }
                if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '/' || s.charAt(i) == '.')
                        && i + 1 < n && isDigit(s.charAt(i + 1))) {
                    // a date that starts with a month name: jan-02-2024
                    char delimiter = s.charAt(i);
                    while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == delimiter)) {
                        i++;
                    }
                    tokens.add(new Token(TokenKind.DATE, s.substring(start, i).toLowerCase(Locale.ROOT)));
                } else {
                    // full zone names carry '/', '_' and sometimes '+', '-' or digits: America/New_York, Etc/GMT+5
                    while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || "/_".indexOf(s.charAt(i)) >= 0
                            || s.charAt(i) == '+' && s.substring(start, i).contains("/")
                            || s.charAt(i) == '-' && s.substring(start, i).contains("/"))) {
                        i++;
                    }
                    tokens.add(new Token(TokenKind.WORD, s.substring(start, i).toLowerCase(Locale.ROOT)));
                }
            } else if ((c == '+' || c == '-') && i + 1 < n && isDigit(s.charAt(i + 1))) {
                i++;
                while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(TokenKind.OFFSET, s.substring(start, i)));
            } else if ((c == '+' || c == '-') && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
                i++;
                while (i < n && Character.isLetter(s.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(TokenKind.WORD, s.substring(start, i).toLowerCase(Locale.ROOT)));
            } else if (InputErrors.isSpace(c) || isPunctuation(c)) {
                i++;
            } else {
                throw new DateTimeSyntaxError(Kind.BAD_FORMAT);
            }
        }
        if (tokens.isEmpty()) {
            throw new DateTimeSyntaxError(Kind.BAD_FORMAT);
        }
        return tokens;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c != 127;
    }

    private void decode(Token token) {
        fieldCount++;
        switch (token.kind()) {
            case DATE -> decodeDate(token.text());
            case TIME -> decodeTime(token.text());
            case OFFSET -> decodeOffset(token.text());
            case NUMBER -> decodeNumber(token.text());
            case WORD -> decodeWord(token.text());
        }
    }

    private void decodeDate(String text) {
        if (f.year != null || f.month != null || f.day != null) {
            throw bad();
        }
        String[] parts = text.split("[-/.]", -1);
        List<String> numbers = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty()) {
                throw bad();
            }
            if (isDigit(part.charAt(0))) {
                if (!part.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                    throw bad();
                }
                numbers.add(part);
            } else {
                setMonthName(part);
            }
        }
        if (f.month != null) {
            looseNumbers.addAll(numbers);
            return;
        }
        if (numbers.size() != 3) {
            throw bad();
        }
        String a = numbers.get(0);
        String b = numbers.get(1);
        String c = numbers.get(2);
        if (a.length() >= 3 || ctx.yearFirst()) {
            setYear(a);
            setMonth(b);
            setDay(c);
        } else if (ctx.dayFirst()) {
            setDay(a);
            setMonth(b);
            setYear(c);
        } else {
            setMonth(a);
            setDay(b);
            setYear(c);
        }
    }

    private void setMonthName(String word) {
        Integer month = MONTHS.get(word);
        if (month == null || f.month != null) {
            throw bad();
        }
        f.month = month;
    }

    private void setYear(String digits) {
        f.year = Integer.parseInt(digits);
        f.twoDigitYear = digits.length() <= 2;
    }

    private void setMonth(String digits) {
        int month = Integer.parseInt(digits);
        if (month < 1 || month > 12) {
            throw new DateTimeSyntaxError(Kind.MONTH_DAY_OVERFLOW);
        }
        f.month = month;
    }

    private void setDay(String digits) {
        f.day = Integer.parseInt(digits);
    }

    private void decodeTime(String text) {
        if (f.hasTime) {
            throw bad();
        }
        String[] parts = text.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw bad();
        }
        String secondsPart;
        if (parts.length == 2 && parts[1].contains(".")) {
            // mm:ss.fff
            f.hour = 0;
            f.minute = parseField(parts[0]);
            secondsPart = parts[1];
        } else {
            f.hour = parseField(parts[0]);
            f.minute = parseField(parts[1]);
            secondsPart = parts.length == 3 ? parts[2] : "0";
        }
        int dot = secondsPart.indexOf('.');
        f.second = parseField(dot < 0 ? secondsPart : secondsPart.substring(0, dot));
        f.micros = dot < 0 ? 0 : fractionMicros(secondsPart.substring(dot + 1));
        if (f.hour < 0 || f.minute < 0 || f.minute > 59 || f.second < 0 || f.second > 60
                || f.micros < 0 || f.micros > 1_000_000
                || f.hour > 24 || f.hour == 24 && (f.minute > 0 || f.second > 0 || f.micros > 0)) {
            throw new DateTimeSyntaxError(Kind.FIELD_OVERFLOW);
        }
        f.hasTime = true;
    }

    private static int parseField(String digits) {
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw bad();
        }
        return Integer.parseInt(digits);
    }

    /** Rounds a fraction of a second to microseconds the way PostgreSQL does: rint() of a C double. */
    static long fractionMicros(String digits) {
        if (!digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw bad();
        }
        if (digits.isEmpty()) {
            return 0;
        }
        return (long) Math.rint(Double.parseDouble("0." + digits) * 1_000_000);
    }

    private void decodeOffset(String text) {
        if (f.offsetSeconds != null) {
            throw bad();
        }
        f.offsetSeconds = parseOffset(text);
    }

    /** Reads '+05', '-0530', '+05:30', '-08:00:15' as seconds east of UTC. */
    static int parseOffset(String text) {
        int sign = text.charAt(0) == '-' ? -1 : 1;
        String body = text.substring(1);
        int hours;
        int minutes = 0;
        int seconds = 0;
        if (body.contains(":")) {
            String[] parts = body.split(":", -1);
            if (parts.length > 3) {
                throw bad();
            }
            hours = parseField(parts[0]);
            minutes = parseField(parts[1]);
            seconds = parts.length == 3 ? parseField(parts[2]) : 0;
        } else if (!body.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw bad();
        } else if (body.length() <= 2) {
            hours = Integer.parseInt(body);
        } else if (body.length() <= 4) {
            hours = Integer.parseInt(body.substring(0, body.length() - 2));
            minutes = Integer.parseInt(body.substring(body.length() - 2));
        } else if (body.length() <= 6) {
            hours = Integer.parseInt(body.substring(0, body.length() - 4));
            minutes = Integer.parseInt(body.substring(body.length() - 4, body.length() - 2));
            seconds = Integer.parseInt(body.substring(body.length() - 2));
        } else {
            throw bad();
        }
        if (hours > 15) {
            throw new DateTimeSyntaxError(Kind.ZONE_DISPLACEMENT);
        }
        if (minutes >= 60 || seconds >= 60) {
            throw new DateTimeSyntaxError(Kind.FIELD_OVERFLOW);
        }
        return sign * ((hours * 60 + minutes) * 60 + seconds);
    }

    private void decodeNumber(String text) {
        if (text.contains(".")) {
            throw bad();
        }
        if (f.year == null && f.month == null && f.day == null && text.length() == 8) {
            setYear(text.substring(0, 4));
            setMonth(text.substring(4, 6));
            setDay(text.substring(6));
        } else if (f.year == null && f.month == null && f.day == null && text.length() == 6 && !f.hasTime
                && looseNumbers.isEmpty()) {
            setYear(text.substring(0, 2));
            setMonth(text.substring(2, 4));
            setDay(text.substring(4));
        } else {
            looseNumbers.add(text);
        }
    }

    private void decodeWord(String word) {
        Integer month = MONTHS.get(word);
        if (month != null) {
            setMonthName(word);
            return;
        }
        if (DAY_NAMES.contains(word) || word.equals("t") || word.equals("ad") || word.equals("at")
                || word.equals("on")) {
            return;
        }
        switch (word) {
            case "bc" -> f.bc = true;
            case "am", "pm" -> {
                if (f.meridian != null) {
                    throw bad();
                }
                f.meridian = word.equals("am") ? 0 : 12;
            }
            case "now" -> setSpecial(Special.NOW);
            case "today" -> setSpecial(Special.TODAY);
            case "tomorrow" -> setSpecial(Special.TOMORROW);
            case "yesterday" -> setSpecial(Special.YESTERDAY);
            case "epoch" -> setSpecial(Special.EPOCH);
            case "infinity", "+infinity" -> setSpecial(Special.INFINITY);
            case "-infinity" -> setSpecial(Special.NEG_INFINITY);
            case "allballs" -> {
                f.hasTime = true;
                f.offsetSeconds = 0;
            }
            default -> decodeZone(word);
        }
    }

    private void setSpecial(Special special) {
        if (f.special != null) {
            throw bad();
        }
        f.special = special;
    }

    private void decodeZone(String word) {
        if (f.hasZone()) {
            throw bad();
        }
        Integer abbreviation = ZONE_ABBREVIATIONS.get(word);
        if (abbreviation != null) {
            f.offsetSeconds = abbreviation;
            return;
        }
        if (!word.contains("/")) {
            throw bad();
        }
        ZoneId zone = zoneByName(word);
        if (zone == null) {
            throw new io.pgmicro.PgException(io.pgmicro.SqlState.INVALID_PARAMETER_VALUE,
                    "time zone \"" + word + "\" not recognized");
        }
        f.zone = zone;
    }

    /** Places numbers that stood apart (next to a month name: 'Jan 2, 2024', '2 January 24'). */
    private void finish() {
        for (String number : looseNumbers) {
            if (f.month == null) {
                throw bad();
            }
            if ((number.length() >= 3 || Integer.parseInt(number) > 31) && f.year == null) {
                setYear(number);
            } else if (f.day == null) {
                setDay(number);
            } else if (f.year == null) {
                setYear(number);
            } else {
                throw bad();
            }
        }
        if (f.special != null && (f.special != Special.TODAY && f.special != Special.TOMORROW
                && f.special != Special.YESTERDAY ? fieldCount > 1 : f.year != null || f.month != null)) {
            throw bad();
        }
        if (f.year != null || f.month != null || f.day != null) {
            if (!f.hasDate()) {
                throw bad();
            }
            validateDate();
        }
        if (f.meridian != null) {
            if (!f.hasTime || f.hour > 12) {
                throw new DateTimeSyntaxError(Kind.FIELD_OVERFLOW);
            }
            f.hour = f.hour % 12 + f.meridian;
        }
    }

    private void validateDate() {
        int year = f.year;
        if (f.bc) {
            if (year <= 0) {
                throw new DateTimeSyntaxError(Kind.FIELD_OVERFLOW);
            }
        } else if (f.twoDigitYear) {
            year += year < 70 ? 2000 : 1900;
        } else if (year <= 0) {
            throw new DateTimeSyntaxError(Kind.FIELD_OVERFLOW);
        }
        f.year = year;
        if (f.day < 1 || f.day > 31) {
            throw new DateTimeSyntaxError(Kind.FIELD_OVERFLOW);
        }
        int javaYear = f.bc ? 1 - year : year;
        if (f.day > java.time.YearMonth.of(javaYear, f.month).lengthOfMonth()) {
            throw new DateTimeSyntaxError(Kind.FIELD_OVERFLOW);
        }
    }

    private static DateTimeSyntaxError bad() {
        return new DateTimeSyntaxError(Kind.BAD_FORMAT);
    }
}

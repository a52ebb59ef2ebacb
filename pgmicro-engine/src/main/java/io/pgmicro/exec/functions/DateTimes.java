package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The storage forms of date, time, timestamp and timestamptz (see io.pgmicro.types) read
 * into java.time and written back. PostgreSQL's infinite timestamps are
 * LocalDateTime.MAX and MIN here; years before 1 AD carry the " BC" suffix in storage.
 */
final class DateTimes {
    static final LocalDateTime INFINITY = LocalDateTime.MAX;
    static final LocalDateTime MINUS_INFINITY = LocalDateTime.MIN;
    static final LocalDate DATE_INFINITY = LocalDate.MAX;
    static final LocalDate DATE_MINUS_INFINITY = LocalDate.MIN;
    static final long MICROS_PER_SECOND = 1_000_000L;
    static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;

    private DateTimes() {
    }

    static LocalDate date(String text) {
        String t = text.trim();
        if (t.equals("infinity")) {
            return DATE_INFINITY;
        }
        if (t.equals("-infinity")) {
            return DATE_MINUS_INFINITY;
        }
        boolean bc = t.endsWith(" BC");
        if (bc) {
            t = t.substring(0, t.length() - 3);
        }
        try {
            int firstDash = t.indexOf('-', 1);
            int year = Integer.parseInt(t.substring(0, firstDash));
            int month = Integer.parseInt(t.substring(firstDash + 1, firstDash + 3));
            int day = Integer.parseInt(t.substring(firstDash + 4, firstDash + 6));
            return LocalDate.of(bc ? 1 - year : year, month, day);
        } catch (RuntimeException e) {
            throw new PgException(SqlState.INVALID_DATETIME_FORMAT, "invalid input syntax for type date: \"" + text + "\"");
        }
    }

    static String date(LocalDate d) {
        if (d.equals(DATE_INFINITY)) {
            return "infinity";
        }
        if (d.equals(DATE_MINUS_INFINITY)) {
            return "-infinity";
        }
        int year = d.getYear();
        String body = String.format("%04d-%02d-%02d", year > 0 ? year : 1 - year, d.getMonthValue(), d.getDayOfMonth());
        return year > 0 ? body : body + " BC";
    }

    static LocalTime time(String text) {
        String t = text.trim();
        try {
            if (t.startsWith("24:00:00")) {
                return LocalTime.MAX.truncatedTo(ChronoUnit.MICROS);
            }
            return LocalTime.parse(t.length() == 5 ? t + ":00" : t);
        } catch (DateTimeException e) {
            throw new PgException(SqlState.INVALID_DATETIME_FORMAT,
                    "invalid input syntax for type time: \"" + text + "\"");
        }
    }

    static String time(LocalTime t) {
        return String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond())
                + fraction(t.getNano() / 1000);
    }

    /** ".ffffff" without trailing zeros, or nothing for whole seconds. */
    static String fraction(long micros) {
        if (micros == 0) {
            return "";
        }
        String digits = String.format("%06d", micros);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return "." + digits.substring(0, end);
    }

    static LocalDateTime timestamp(String text) {
        String t = text.trim();
        if (t.equals("infinity")) {
            return INFINITY;
        }
        if (t.equals("-infinity")) {
            return MINUS_INFINITY;
        }
        boolean bc = t.endsWith(" BC");
        if (bc) {
            t = t.substring(0, t.length() - 3);
        }
        int space = t.indexOf(' ') > 0 ? t.indexOf(' ') : t.indexOf('T');
        if (space < 0) {
            return date(bc ? t + " BC" : t).atStartOfDay();
        }
        LocalDate d = date(t.substring(0, space) + (bc ? " BC" : ""));
        return d.atTime(time(t.substring(space + 1)));
    }

    static String timestamp(LocalDateTime ts) {
        if (ts.equals(INFINITY)) {
            return "infinity";
        }
        if (ts.equals(MINUS_INFINITY)) {
            return "-infinity";
        }
        String d = date(ts.toLocalDate());
        String time = time(ts.toLocalTime());
        return d.endsWith(" BC") ? d.substring(0, d.length() - 3) + " " + time + " BC" : d + " " + time;
    }

    /** A timestamptz storage value: the instant, written in UTC with the "+00" suffix. */
    static Instant timestamptz(String text) {
        String t = text.trim();
        if (t.equals("infinity")) {
            return Instant.MAX;
        }
        if (t.equals("-infinity")) {
            return Instant.MIN;
        }
        boolean bc = t.endsWith(" BC");
        if (bc) {
            t = t.substring(0, t.length() - 3);
        }
        int sign = Math.max(t.lastIndexOf('+'), t.lastIndexOf('-'));
        ZoneOffset offset = ZoneOffset.UTC;
        if (sign > 10) {
            offset = ZoneOffset.of(normalizeOffset(t.substring(sign)));
            t = t.substring(0, sign);
        }
        LocalDateTime local = timestamp(bc ? t + " BC" : t);
        return local.toInstant(offset);
    }

    private static String normalizeOffset(String offset) {
        return offset.length() == 3 ? offset + ":00" : offset;
    }

    static String timestamptz(Instant instant) {
        if (instant.equals(Instant.MAX)) {
            return "infinity";
        }
        if (instant.equals(Instant.MIN)) {
            return "-infinity";
        }
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        String text = timestamp(utc);
        return text.endsWith(" BC") ? text.substring(0, text.length() - 3) + "+00 BC" : text + "+00";
    }

    static boolean isInfinite(LocalDateTime ts) {
        return ts.equals(INFINITY) || ts.equals(MINUS_INFINITY);
    }

    static boolean isInfinite(Instant instant) {
        return instant.equals(Instant.MAX) || instant.equals(Instant.MIN);
    }

    static LocalDateTime local(Instant instant, ZoneId zone) {
        if (instant.equals(Instant.MAX)) {
            return INFINITY;
        }
        if (instant.equals(Instant.MIN)) {
            return MINUS_INFINITY;
        }
        return LocalDateTime.ofInstant(instant, zone);
    }

    static Instant instant(LocalDateTime local, ZoneId zone) {
        if (local.equals(INFINITY)) {
            return Instant.MAX;
        }
        if (local.equals(MINUS_INFINITY)) {
            return Instant.MIN;
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    static Instant truncateToMicros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * A time zone as PostgreSQL reads one in AT TIME ZONE and timezone(): a zone name, an
     * abbreviation PostgreSQL knows, or a POSIX-style offset, where '+05' means five hours
     * WEST of Greenwich.
     */
    static ZoneId zone(String name) {
        String n = name.trim();
        String upper = n.toUpperCase(Locale.ROOT);
        switch (upper) {
            case "UTC", "GMT", "Z", "ZULU", "UCT", "UNIVERSAL":
                return ZoneOffset.UTC;
            default:
                break;
        }
        if (!n.isEmpty() && (n.charAt(0) == '+' || n.charAt(0) == '-' || Character.isDigit(n.charAt(0)))) {
            try {
                String offset = Character.isDigit(n.charAt(0)) ? "+" + n : n;
                ZoneOffset east = ZoneOffset.of(offset.length() == 2 ? offset.charAt(0) + "0" + offset.charAt(1) : offset);
                return ZoneOffset.ofTotalSeconds(-east.getTotalSeconds());
            } catch (DateTimeException e) {
                throw unknownZone(name);
            }
        }
        try {
            return ZoneId.of(n, ZoneId.SHORT_IDS);
        } catch (DateTimeException e) {
            for (String id : ZoneId.getAvailableZoneIds()) {
                if (id.equalsIgnoreCase(n)) {
                    return ZoneId.of(id);
                }
            }
            throw unknownZone(name);
        }
    }

    private static PgException unknownZone(String name) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE, "time zone \"" + name + "\" not recognized");
    }

    /** The ISO 8601 text to_json writes for a date/time value. */
    static String isoText(String type, String storage, ZoneId zone) {
        switch (type) {
            case "timestamp": {
                String t = storage.trim();
                return t.contains("infinity") ? t : t.replaceFirst(" ", "T");
            }
            case "timestamptz": {
                Instant instant = timestamptz(storage);
                if (isInfinite(instant)) {
                    return storage.trim();
                }
                ZonedDateTime z = instant.atZone(zone);
                return timestamp(z.toLocalDateTime()).replaceFirst(" ", "T") + offsetText(z.getOffset(), true);
            }
            default:
                return storage;
        }
    }

    /** An offset as PostgreSQL prints it: +HH, with :MM (and :SS) only when not zero; colon-less form for "OF" when asked. */
    static String offsetText(ZoneOffset offset, boolean alwaysMinutes) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        StringBuilder out = new StringBuilder(total < 0 ? "-" : "+");
        out.append(String.format("%02d", abs / 3600));
        int minutes = abs % 3600 / 60;
        int seconds = abs % 60;
        if (alwaysMinutes || minutes != 0 || seconds != 0) {
            out.append(String.format(":%02d", minutes));
        }
        if (seconds != 0) {
            out.append(String.format(":%02d", seconds));
        }
        return out.toString();
    }
}

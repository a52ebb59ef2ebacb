package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

/**
 * Why a date/time string could not be read, before the type being read is known; the
 * codec turns it into PostgreSQL's error for that type (PostgreSQL's DateTimeParseError).
 */
final class DateTimeSyntaxError extends RuntimeException {
    enum Kind {
        /** 22007 invalid input syntax for type ... */
        BAD_FORMAT,
        /** 22008 date/time field value out of range */
        FIELD_OVERFLOW,
        /** 22008 with the hint to check DateStyle: a month field above 12 */
        MONTH_DAY_OVERFLOW,
        /** 22009 time zone displacement out of range */
        ZONE_DISPLACEMENT,
        /** 22015 interval field value out of range */
        INTERVAL_OVERFLOW
    }

    final Kind kind;

    DateTimeSyntaxError(Kind kind) {
        super(kind.name(), null, false, false);
        this.kind = kind;
    }

    PgException toPgException(String typeName, String text) {
        return switch (kind) {
            case BAD_FORMAT -> new PgException(SqlState.INVALID_DATETIME_FORMAT,
                    "invalid input syntax for type " + typeName + ": \"" + text + "\"");
            case FIELD_OVERFLOW -> new PgException(SqlState.DATETIME_FIELD_OVERFLOW,
                    "date/time field value out of range: \"" + text + "\"");
            case MONTH_DAY_OVERFLOW -> new PgException(SqlState.DATETIME_FIELD_OVERFLOW,
                    "date/time field value out of range: \"" + text + "\"")
                    .withHint("Perhaps you need a different \"datestyle\" setting.");
            case ZONE_DISPLACEMENT -> new PgException(SqlState.INVALID_TIME_ZONE_DISPLACEMENT_VALUE,
                    "time zone displacement out of range: \"" + text + "\"");
            case INTERVAL_OVERFLOW -> new PgException("22015",
                    "interval field value out of range: \"" + text + "\"");
        };
    }
}

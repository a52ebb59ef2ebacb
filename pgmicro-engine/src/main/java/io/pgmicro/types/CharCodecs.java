package io.pgmicro.types;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;

/**
 * text, varchar(n) and bpchar(n) (character(n)). Lengths count characters, not bytes or
 * UTF-16 units. The length checks here are the input and assignment rules: a value may
 * exceed the declared length only by trailing spaces, which are cut off; explicit casts
 * truncate instead ({@link #truncate}).
 */
final class CharCodecs {
    static final TypeCodec TEXT = new TypeCodec() {
        @Override
        public Object input(String text, int typmod, FormatContext ctx) {
            return text;
        }

        @Override
        public String output(Object storage, FormatContext ctx) {
            return storage.toString();
        }
    };

    static final TypeCodec VARCHAR = new TypeCodec() {
        @Override
        public Object input(String text, int typmod, FormatContext ctx) {
            return fitLength(text, typmod, "character varying");
        }

        @Override
        public String output(Object storage, FormatContext ctx) {
            return storage.toString();
        }
    };

    static final TypeCodec BPCHAR = new TypeCodec() {
        @Override
        public Object input(String text, int typmod, FormatContext ctx) {
            return pad(fitLength(text, typmod, "character"), typmod);
        }

        @Override
        public String output(Object storage, FormatContext ctx) {
            return storage.toString();
        }
    };

    private CharCodecs() {
    }

    /** Cuts a too-long value down to the declared length if only spaces are lost; 22001 otherwise. */
    static String fitLength(String text, int typmod, String sqlName) {
        if (typmod < TypeMods.VARHDRSZ) {
            return text;
        }
        int max = typmod - TypeMods.VARHDRSZ;
        int length = text.codePointCount(0, text.length());
        if (length <= max) {
            return text;
        }
        int cut = text.offsetByCodePoints(0, max);
        for (int i = cut; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                throw new PgException(SqlState.STRING_DATA_RIGHT_TRUNCATION,
                        "value too long for type " + sqlName + "(" + max + ")");
            }
        }
        return text.substring(0, cut);
    }

    /** Explicit-cast length coercion: silently keeps the first n characters. */
    static String truncate(String text, int typmod) {
        if (typmod < TypeMods.VARHDRSZ) {
            return text;
        }
        int max = typmod - TypeMods.VARHDRSZ;
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }

    /** Blank-pads a bpchar value to its declared length. */
    static String pad(String text, int typmod) {
        if (typmod < TypeMods.VARHDRSZ) {
            return text;
        }
        int missing = typmod - TypeMods.VARHDRSZ - text.codePointCount(0, text.length());
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    /** bpchar's trailing blanks are insignificant: casting to text or varchar drops them. */
    static String stripTrailingBlanks(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }
}

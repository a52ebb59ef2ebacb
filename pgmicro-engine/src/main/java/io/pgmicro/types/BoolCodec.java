package io.pgmicro.types;

import java.util.Locale;

/** bool: stored as the INTEGER 0 or 1, printed 't' / 'f'. */
final class BoolCodec implements TypeCodec {
    static final BoolCodec INSTANCE = new BoolCodec();

    private BoolCodec() {
    }

    @Override
    public Object input(String text, int typmod, FormatContext ctx) {
        Boolean value = parse(InputErrors.trimSpaces(text).toLowerCase(Locale.ROOT));
        if (value == null) {
            throw InputErrors.invalidSyntax("boolean", text);
        }
        return value ? 1L : 0L;
    }

    /**
     * PostgreSQL accepts any unambiguous prefix of true/false/yes/no, "on", "off" or
     * "of", and the single digits 1 and 0.
     */
    static Boolean parse(String t) {
        if (t.isEmpty()) {
            return null;
        }
        if ("true".startsWith(t) || "yes".startsWith(t) || t.equals("on") || t.equals("1")) {
            return true;
        }
        if ("false".startsWith(t) || "no".startsWith(t) || t.equals("off") || t.equals("of") || t.equals("0")) {
            return false;
        }
        return null;
    }

    @Override
    public String output(Object storage, FormatContext ctx) {
        return ((Number) storage).longValue() != 0 ? "t" : "f";
    }
}

package io.pgmicro.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the type spellings used in the recorded cases ("numeric(10,2)", "varchar(5)[]",
 * "timestamp(3) with time zone", "interval day to second(2)") into a type and typmod,
 * delivering the modifiers as PostgreSQL's grammar delivers them to the typmod encoder.
 */
record TypeSpelling(PgType type, int typmod) {
    private static final Pattern SPELLING = Pattern.compile(
            "([a-z0-9\" ]+?)\\s*(?:\\(([-0-9, ]+)\\))?(?:\\s+(with|without) time zone)?");
    private static final String[] INTERVAL_FIELDS = {"year", "month", "day", "hour", "minute", "second"};
    private static final int[] INTERVAL_BITS = {TypeMods.INTERVAL_YEAR, TypeMods.INTERVAL_MONTH,
            TypeMods.INTERVAL_DAY, TypeMods.INTERVAL_HOUR, TypeMods.INTERVAL_MINUTE, TypeMods.INTERVAL_SECOND};

    static TypeSpelling parse(String spelling) {
        String s = spelling.trim().toLowerCase(Locale.ROOT);
        boolean array = s.endsWith("[]");
        if (array) {
            s = s.substring(0, s.length() - 2);
        }
        PgType type;
        List<Integer> args = new ArrayList<>();
        if (s.startsWith("interval ")) {
            type = Types.INTERVAL;
            intervalFields(s.substring("interval ".length()), args);
        } else {
            Matcher m = SPELLING.matcher(s);
            if (!m.matches()) {
                throw new IllegalArgumentException("unreadable type spelling: " + spelling);
            }
            String name = m.group(1).trim();
            if (m.group(2) != null) {
                for (String arg : m.group(2).split(",")) {
                    args.add(Integer.parseInt(arg.trim()));
                }
            }
            if ("with".equals(m.group(3))) {
                name = name.equals("time") ? "timetz" : "timestamptz";
            }
            if (name.equals("float") && !args.isEmpty()) {
                name = args.get(0) <= 24 ? "float4" : "float8";
                args.clear();
            }
            if ((name.equals("char") || name.equals("character")) && args.isEmpty()) {
                args.add(1);
            }
            if (name.equals("interval") && !args.isEmpty()) {
                args.add(0, TypeMods.INTERVAL_FULL_RANGE);
            }
            type = Types.byName(name.equals("char") ? "bpchar" : name);
            if (type == null) {
                throw new IllegalArgumentException("unknown type in spelling: " + spelling);
            }
        }
        if (array) {
            type = Types.arrayOf(type);
        }
        return new TypeSpelling(type, TypeMods.encode(type, args));
    }

    /** "day to second(2)" → the field mask, then the precision if written. */
    private static void intervalFields(String words, List<Integer> args) {
        Matcher m = Pattern.compile("([a-z]+)(?: to ([a-z]+))?(?:\\((\\d+)\\))?").matcher(words.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("unreadable interval fields: " + words);
        }
        int from = indexOf(m.group(1));
        int to = m.group(2) == null ? from : indexOf(m.group(2));
        int mask = 0;
        for (int i = from; i <= to; i++) {
            mask |= INTERVAL_BITS[i];
        }
        args.add(mask);
        if (m.group(3) != null) {
            args.add(Integer.parseInt(m.group(3)));
        }
    }

    private static int indexOf(String field) {
        for (int i = 0; i < INTERVAL_FIELDS.length; i++) {
            if (INTERVAL_FIELDS[i].equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown interval field: " + field);
    }
}

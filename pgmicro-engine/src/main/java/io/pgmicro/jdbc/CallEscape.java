package io.pgmicro.jdbc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JDBC's call escapes, {@code {call f(?, ?)}} and {@code {? = call f(?)}}, turned into the
 * query pgjdbc sends for them by default ({@code escapeSyntaxCallMode=select}):
 * {@code SELECT * FROM f(?, ?) AS result}. Any other text is a statement of its own and is
 * kept as it is, as pgjdbc keeps it.
 *
 * @param sql the SQL to run
 * @param returnsValue whether the escape began with {@code ? =}, a JDBC parameter that is not in the SQL
 */
record CallEscape(String sql, boolean returnsValue) {
    private static final Pattern ESCAPE = Pattern.compile(
            "\\s*\\{\\s*(\\?\\s*=\\s*)?call\\s+(.+?)\\s*}\\s*;?\\s*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    static CallEscape of(String sql) {
        Matcher m = ESCAPE.matcher(sql);
        if (!m.matches()) {
            return new CallEscape(sql, false);
        }
        String call = m.group(2);
        if (!call.endsWith(")")) {
            call = call + "()";
        }
        return new CallEscape("SELECT * FROM " + call + " AS result", m.group(1) != null);
    }
}

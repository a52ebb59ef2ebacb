package io.pgmicro.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A parsed {@code jdbc:pgmicro:} URL.
 * <ul>
 * <li>{@code jdbc:pgmicro:mem:NAME} — an in-memory database shared by every connection of this
 *     JVM that names it, for as long as at least one of them is open.</li>
 * <li>{@code jdbc:pgmicro:mem:} (no name) or {@code jdbc:pgmicro::memory:} — a private
 *     in-memory database that only this connection sees and that vanishes when it closes.</li>
 * <li>{@code jdbc:pgmicro:file:PATH} — a database kept in a SQLite file, PATH relative to the
 *     working directory or absolute.</li>
 * </ul>
 * Any of them may end in {@code ?key=value&key=value}; those properties override the ones given
 * to {@link java.sql.Driver#connect}, as pgjdbc's URL properties do.
 */
record ConnectionUrl(String text, Kind kind, String name, Properties properties) {
    static final String PREFIX = "jdbc:pgmicro:";

    enum Kind { NAMED_MEMORY, PRIVATE_MEMORY, FILE }

    static boolean accepts(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    static ConnectionUrl parse(String url, Properties info) throws SQLException {
        String rest = url.substring(PREFIX.length());
        Properties properties = new Properties();
        if (info != null) {
            properties.putAll(info);
        }
        int query = rest.indexOf('?');
        if (query >= 0) {
            readQuery(rest.substring(query + 1), properties);
            rest = rest.substring(0, query);
        }
        if (rest.equals(":memory:") || rest.equals("mem:")) {
            return new ConnectionUrl(url, Kind.PRIVATE_MEMORY, "", properties);
        }
        if (rest.startsWith("mem:")) {
            return new ConnectionUrl(url, Kind.NAMED_MEMORY, rest.substring("mem:".length()), properties);
        }
        if (rest.startsWith("file:") && rest.length() > "file:".length()) {
            String path = Path.of(rest.substring("file:".length())).toAbsolutePath().normalize().toString();
            return new ConnectionUrl(url, Kind.FILE, path, properties);
        }
        throw new SQLException("Invalid pgmicro URL \"" + url
                + "\": expected jdbc:pgmicro:mem:NAME, jdbc:pgmicro:file:PATH or jdbc:pgmicro::memory:",
                "08001");
    }

    private static void readQuery(String query, Properties properties) {
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            properties.setProperty(decode(key), decode(value));
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}

package io.pgmicro.jdbc;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.Parser;
import io.pgmicro.session.Database;
import io.pgmicro.session.DatabaseSnapshot;
import io.pgmicro.session.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code init} URL property: {@code jdbc:pgmicro:mem:NAME?init=classpath:schema.sql,classpath:seed.sql}
 * creates the in-memory database with those scripts run, in order, as Testcontainers'
 * TC_INITSCRIPT does for code that only takes a JDBC URL. Each distinct list of scripts runs once
 * per JVM, into a template; every database created through such a URL starts as a copy of it.
 */
final class InitScripts {
    static final String PROPERTY = "init";

    private static final Map<List<String>, DatabaseSnapshot> TEMPLATES = new ConcurrentHashMap<>();

    private InitScripts() {
    }

    /** The script locations the URL names, empty when it names none. */
    static List<String> of(ConnectionUrl url) {
        String value = url.properties().getProperty(PROPERTY, "");
        List<String> locations = new ArrayList<>();
        for (String location : value.split(",")) {
            if (!location.isBlank()) {
                locations.add(location.strip());
            }
        }
        return locations;
    }

    /** A new in-memory database named {@code name}, copied from the template of {@code locations}. */
    static Database newDatabase(List<String> locations, String name) {
        // not computeIfAbsent: a failed set-up is not remembered, so fixing the script and reconnecting works
        DatabaseSnapshot template = TEMPLATES.get(locations);
        if (template == null) {
            template = build(locations);
            TEMPLATES.putIfAbsent(locations, template);
        }
        return template.newDatabase(name);
    }

    private static DatabaseSnapshot build(List<String> locations) {
        try (Database template = Database.openMemory("pgmicro_init")) {
            try (Session session = template.newSession()) {
                for (String location : locations) {
                    run(session, location);
                }
            }
            return DatabaseSnapshot.of(template);
        }
    }

    private static void run(Session session, String location) {
        String text;
        try {
            text = ScriptLocations.read(location, loader());
        } catch (IOException e) {
            throw new PgException(SqlState.UNDEFINED_FILE, "could not read init script \"" + location + "\": " + e.getMessage());
        }
        for (String statement : Parser.split(text)) {
            try {
                session.execute(statement);
            } catch (PgException e) {
                String where = "init script " + location + ", statement: " + statement.strip();
                throw e.withWhere(e.where() == null ? where : e.where() + "\n" + where);
            }
        }
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : InitScripts.class.getClassLoader();
    }
}

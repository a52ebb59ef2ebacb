package io.pgmicro.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps pgmicro's catalog in ordinary tables of the same SQLite file, so the file
 * describes itself: each schema, relation, enum, composite type and domain is one row of
 * {@code _pgmicro_catalog} with its definition as JSON (so are user functions and triggers); sequence positions live in
 * {@code _pgmicro_sequence}. Writes happen inside the caller's transaction, so DDL
 * commits and rolls back with everything else.
 */
public final class CatalogStore {
    public static final String CATALOG_TABLE = "_pgmicro_catalog";
    public static final String SEQUENCE_TABLE = "_pgmicro_sequence";
    public static final String META_TABLE = "_pgmicro_meta";
    /** PostgreSQL gives user objects OIDs from 16384 on. */
    private static final int FIRST_USER_OID = 16384;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private CatalogStore() {
    }

    /** Creates the catalog tables in a new database; a no-op for one that has them. */
    public static void initialize(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("CREATE TABLE IF NOT EXISTS " + META_TABLE + " (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            st.executeUpdate("CREATE TABLE IF NOT EXISTS " + CATALOG_TABLE
                    + " (oid INTEGER PRIMARY KEY, kind TEXT NOT NULL, schema TEXT, name TEXT NOT NULL, definition TEXT NOT NULL)");
            st.executeUpdate("CREATE TABLE IF NOT EXISTS " + SEQUENCE_TABLE
                    + " (oid INTEGER PRIMARY KEY, last_value INTEGER NOT NULL, is_called INTEGER NOT NULL)");
            st.executeUpdate("INSERT OR IGNORE INTO " + META_TABLE + " VALUES ('next_oid', '" + FIRST_USER_OID + "')");
            st.executeUpdate("INSERT OR IGNORE INTO " + META_TABLE + " VALUES ('format', 'pgmicro 1')");
            st.executeUpdate("INSERT OR IGNORE INTO " + CATALOG_TABLE + " VALUES (" + CatalogSnapshot.PUBLIC_OID
                    + ", 'schema', NULL, 'public', '{}')");
        }
    }

    public static CatalogSnapshot load(Connection conn) {
        Map<String, Integer> schemas = new HashMap<>();
        Map<Integer, RelationDef> relations = new HashMap<>();
        Map<Integer, EnumTypeDef> enums = new HashMap<>();
        Map<Integer, DomainDef> domains = new HashMap<>();
        Map<Integer, CompositeTypeDef> composites = new HashMap<>();
        Map<Integer, RoutineDef> routines = new HashMap<>();
        Map<Integer, TriggerDef> triggers = new HashMap<>();
        schemas.put("pg_catalog", CatalogSnapshot.PG_CATALOG_OID);
        schemas.put("information_schema", 13000);
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT oid, kind, name, definition FROM " + CATALOG_TABLE)) {
            while (rs.next()) {
                int oid = rs.getInt(1);
                String kind = rs.getString(2);
                String json = rs.getString(4);
                switch (kind) {
                    case "schema" -> schemas.put(rs.getString(3), oid);
                    case "relation" -> relations.put(oid, JSON.readValue(json, RelationDef.class));
                    case "enum" -> enums.put(oid, JSON.readValue(json, EnumTypeDef.class));
                    case "domain" -> domains.put(oid, JSON.readValue(json, DomainDef.class));
                    case "composite" -> composites.put(oid, JSON.readValue(json, CompositeTypeDef.class));
                    case "routine" -> routines.put(oid, JSON.readValue(json, RoutineDef.class));
                    case "trigger" -> triggers.put(oid, JSON.readValue(json, TriggerDef.class));
                    default -> throw new PgException(SqlState.INTERNAL_ERROR, "unknown catalog entry kind " + kind);
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "cannot read the pgmicro catalog: " + e.getMessage());
        }
        Map<Integer, long[]> positions = new HashMap<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT oid, last_value, is_called FROM " + SEQUENCE_TABLE)) {
            while (rs.next()) {
                positions.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "cannot read the pgmicro catalog: " + e.getMessage());
        }
        return new CatalogSnapshot(schemas, relations, enums, positions, routines, triggers, domains, composites);
    }

    public static int allocateOid(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("UPDATE " + META_TABLE + " SET value = CAST(value AS INTEGER) + 1 WHERE key = 'next_oid'");
            try (ResultSet rs = st.executeQuery("SELECT CAST(value AS INTEGER) - 1 FROM " + META_TABLE + " WHERE key = 'next_oid'")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    public static void putSchema(Connection conn, int oid, String name) throws SQLException {
        put(conn, oid, "schema", null, name, "{}");
    }

    public static void putRelation(Connection conn, RelationDef def) throws SQLException {
        put(conn, def.oid(), "relation", def.schema(), def.name(), toJson(def));
    }

    public static void putEnum(Connection conn, EnumTypeDef def) throws SQLException {
        put(conn, def.oid(), "enum", def.schema(), def.name(), toJson(def));
    }

    public static void putDomain(Connection conn, DomainDef def) throws SQLException {
        put(conn, def.oid(), "domain", def.schema(), def.name(), toJson(def));
    }

    public static void putComposite(Connection conn, CompositeTypeDef def) throws SQLException {
        put(conn, def.oid(), "composite", def.schema(), def.name(), toJson(def));
    }

    public static void putRoutine(Connection conn, RoutineDef def) throws SQLException {
        put(conn, def.oid(), "routine", def.schema(), def.name(), toJson(def));
    }

    public static void putTrigger(Connection conn, TriggerDef def) throws SQLException {
        put(conn, def.oid(), "trigger", null, def.name(), toJson(def));
    }

    public static void remove(Connection conn, int oid) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + CATALOG_TABLE + " WHERE oid = ?")) {
            ps.setInt(1, oid);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + SEQUENCE_TABLE + " WHERE oid = ?")) {
            ps.setInt(1, oid);
            ps.executeUpdate();
        }
    }

    public static void writeSequence(Connection conn, int oid, long lastValue, boolean isCalled) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO " + SEQUENCE_TABLE + " VALUES (?, ?, ?)")) {
            ps.setInt(1, oid);
            ps.setLong(2, lastValue);
            ps.setInt(3, isCalled ? 1 : 0);
            ps.executeUpdate();
        }
    }

    private static void put(Connection conn, int oid, String kind, String schema, String name, String json) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO " + CATALOG_TABLE + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setInt(1, oid);
            ps.setString(2, kind);
            ps.setString(3, schema);
            ps.setString(4, name);
            ps.setString(5, json);
            ps.executeUpdate();
        }
    }

    private static String toJson(Object def) {
        try {
            return JSON.writeValueAsString(def);
        } catch (JsonProcessingException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "cannot write the pgmicro catalog: " + e.getMessage());
        }
    }
}

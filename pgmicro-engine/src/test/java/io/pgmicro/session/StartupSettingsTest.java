package io.pgmicro.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Settings a session starts with (startup packet, connection properties) are what RESET
 * returns to, as in PostgreSQL (expected values checked against PostgreSQL 15 started
 * with PGOPTIONS="-c datestyle=Postgres,DMY -c intervalstyle=postgres_verbose").
 */
class StartupSettingsTest extends InMemorySessionTest {

    @BeforeEach
    void setUp() {
        session.setSetting("DateStyle", "Postgres,DMY");
        session.setSetting("IntervalStyle", "postgres_verbose");
    }

    @Test
    void resetReturnsToTheStartupValue() {
        session.execute("SET datestyle = ISO");
        assertEquals("ISO, DMY", one("SHOW datestyle"));
        session.execute("RESET datestyle");
        assertEquals("Postgres, DMY", one("SHOW datestyle"));
        assertEquals("05-03-2024", one("SELECT date '2024-03-05'"));
        assertEquals("@ 1 day 2 hours", one("SELECT interval '1 day 2 hours'"));
    }

    @Test
    void resetAllAndRollbackKeepTheStartupValue() {
        session.execute("SET datestyle = SQL");
        session.execute("RESET ALL");
        assertEquals("Postgres, DMY", one("SHOW datestyle"));
        session.execute("BEGIN");
        session.execute("SET datestyle = 'German'");
        session.execute("ROLLBACK");
        assertEquals("Postgres, DMY", one("SHOW datestyle"));
    }
}

package io.pgmicro.catalog.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pgmicro.session.Database;
import io.pgmicro.session.Result;
import io.pgmicro.session.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An object's OID is stable for its life, as in PostgreSQL: ALTER, CREATE OR REPLACE and
 * other objects coming and going do not change it, and a file database reopened gives the
 * same OIDs (clients such as psql and pgjdbc cache them).
 */
class StableObjectIdsTest {
    private static final String OIDS = "SELECT 'items'::regclass::oid, 'items_pkey'::regclass::oid,"
            + " 'items_id_seq'::regclass::oid, 'mood'::regtype::oid, 'bump(int)'::regprocedure::oid,"
            + " (SELECT oid FROM pg_namespace WHERE nspname = 'extra')";

    @Test
    void anObjectKeepsItsOidThroughChangesAndReopening(@TempDir Path dir) {
        String file = dir.resolve("oids.db").toString();
        List<String> created;
        try (Database db = Database.open(file); Session s = db.newSession()) {
            s.execute("CREATE SCHEMA extra; CREATE TYPE mood AS ENUM ('sad'); CREATE TABLE items (id serial PRIMARY KEY, n int);"
                    + " CREATE FUNCTION bump(x int) RETURNS int LANGUAGE sql AS 'SELECT x + 1'");
            created = oids(s);
            s.execute("ALTER TABLE items ADD COLUMN m text; ALTER TABLE items RENAME COLUMN n TO k;"
                    + " CREATE TABLE other (x int); DROP TABLE other; ALTER TYPE mood ADD VALUE 'happy';"
                    + " CREATE OR REPLACE FUNCTION bump(x int) RETURNS int LANGUAGE sql AS 'SELECT x + 2'");
            assertEquals(created, oids(s));
        }
        try (Database db = Database.open(file); Session s = db.newSession()) {
            assertEquals(created, oids(s));
        }
    }

    private static List<String> oids(Session s) {
        Result r = s.execute(OIDS).get(0);
        List<String> out = new ArrayList<>();
        for (int c = 0; c < r.columns().size(); c++) {
            out.add(r.text(0, c));
        }
        return out;
    }
}

package io.pgmicro.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pgmicro.PgException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transaction blocks behave as PostgreSQL's (expected values checked against PostgreSQL 15). */
class TransactionTest extends InMemorySessionTest {

    @BeforeEach
    void setUp() {
        session.execute("CREATE TABLE t (id int PRIMARY KEY, v text)");
    }

    @Test
    void errorInBlockAbortsUntilRollback() {
        session.execute("BEGIN");
        session.execute("INSERT INTO t VALUES (1, 'a')");
        PgException dup = assertThrows(PgException.class, () -> session.execute("INSERT INTO t VALUES (1, 'b')"));
        assertEquals("23505", dup.sqlState());
        assertEquals('E', session.transactionStatus());
        PgException aborted = assertThrows(PgException.class, () -> session.execute("SELECT 1"));
        assertEquals("25P02", aborted.sqlState());
        assertEquals("current transaction is aborted, commands ignored until end of transaction block", aborted.getMessage());
        assertEquals("ROLLBACK", session.execute("COMMIT").get(0).commandTag());
        assertEquals('I', session.transactionStatus());
        assertEquals("0", one("SELECT count(*) FROM t"));
    }

    @Test
    void rollbackToSavepointRecovers() {
        session.execute("BEGIN");
        session.execute("INSERT INTO t VALUES (1, 'a')");
        session.execute("SAVEPOINT s1");
        assertThrows(PgException.class, () -> session.execute("INSERT INTO t VALUES (1, 'b')"));
        session.execute("ROLLBACK TO SAVEPOINT s1");
        assertEquals('T', session.transactionStatus());
        session.execute("INSERT INTO t VALUES (2, 'c')");
        session.execute("COMMIT");
        assertEquals("2", one("SELECT count(*) FROM t"));
    }

    @Test
    void savepointOutsideBlockIsAnError() {
        PgException e = assertThrows(PgException.class, () -> session.execute("SAVEPOINT s"));
        assertEquals("25P01", e.sqlState());
        assertEquals("SAVEPOINT can only be used in transaction blocks", e.getMessage());
    }

    @Test
    void ddlRollsBack() {
        session.execute("BEGIN");
        session.execute("CREATE TABLE u (x int)");
        session.execute("INSERT INTO u VALUES (1)");
        session.execute("ROLLBACK");
        PgException e = assertThrows(PgException.class, () -> session.execute("SELECT * FROM u"));
        assertEquals("42P01", e.sqlState());
    }

    @Test
    void setIsUndoneByRollback() {
        session.execute("BEGIN");
        session.execute("SET application_name = 'inside'");
        session.execute("ROLLBACK");
        assertEquals("", one("SHOW application_name"));
        session.execute("BEGIN");
        session.execute("SET application_name = 'kept'");
        session.execute("COMMIT");
        assertEquals("kept", one("SHOW application_name"));
    }

    @Test
    void sequencesAreNotTransactional() {
        session.execute("CREATE SEQUENCE s");
        session.execute("BEGIN");
        assertEquals("1", one("SELECT nextval('s')"));
        session.execute("ROLLBACK");
        assertEquals("2", one("SELECT nextval('s')"));
    }

    @Test
    void otherSessionsSeeOnlyCommittedDdlAndData() throws Exception {
        try (Session other = db.newSession()) {
            session.execute("BEGIN");
            session.execute("INSERT INTO t VALUES (7, 'x')");
            session.execute("CREATE TABLE later (x int)");
            PgException e = assertThrows(PgException.class, () -> other.execute("SELECT * FROM later"));
            assertEquals("42P01", e.sqlState());
            session.execute("COMMIT");
            assertEquals("0", other.execute("SELECT count(*) FROM later").get(0).text(0, 0));
            assertEquals("1", other.execute("SELECT count(*) FROM t").get(0).text(0, 0));
        }
    }
}

package io.pgmicro.jdbc;

import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * A savepoint set through {@link java.sql.Connection#setSavepoint}: either numbered (then
 * named JDBC_SAVEPOINT_n in SQL, as pgjdbc names them) or named by the application. It stops
 * being usable once released.
 */
final class PgMicroSavepoint implements Savepoint {
    private final int id;
    private final String name;
    private boolean released;

    PgMicroSavepoint(int id) {
        this.id = id;
        this.name = null;
    }

    PgMicroSavepoint(String name) {
        this.id = 0;
        this.name = name;
    }

    static PgMicroSavepoint of(Savepoint savepoint) throws SQLException {
        if (!(savepoint instanceof PgMicroSavepoint ours)) {
            throw Errors.driver("Savepoint was not created by this driver.", Errors.INVALID_SAVEPOINT);
        }
        if (ours.released) {
            throw Errors.driver("Cannot reference a savepoint after it has been released.", Errors.INVALID_SAVEPOINT);
        }
        return ours;
    }

    /** The savepoint's name in SAVEPOINT, ROLLBACK TO and RELEASE commands, quoted. */
    String sqlName() {
        return SqlQuoting.identifier(name != null ? name : "JDBC_SAVEPOINT_" + id);
    }

    void invalidate() {
        released = true;
    }

    @Override
    public int getSavepointId() throws SQLException {
        if (name != null) {
            throw Errors.driver("Cannot retrieve the id of a named savepoint.", Errors.WRONG_OBJECT_TYPE);
        }
        return id;
    }

    @Override
    public String getSavepointName() throws SQLException {
        if (name == null) {
            throw Errors.driver("Cannot retrieve the name of an unnamed savepoint.", Errors.WRONG_OBJECT_TYPE);
        }
        return name;
    }
}

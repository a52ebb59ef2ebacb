package io.pgmicro.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;

/**
 * The half of {@link ResultSet} that a CONCUR_READ_ONLY result set refuses: every update,
 * insert and delete method fails as pgjdbc's do on a read-only result set, and no row is
 * ever reported updated, inserted or deleted.
 */
abstract class ReadOnlyResultSet implements ResultSet {
    @Override
    public int getConcurrency() throws SQLException {
        return CONCUR_READ_ONLY;
    }

    static SQLException notUpdatable() {
        return Errors.driver("ResultSets with concurrency CONCUR_READ_ONLY cannot be updated.", Errors.INVALID_CURSOR_STATE);
    }

    @Override
    public boolean rowUpdated() {
        return false;
    }

    @Override
    public boolean rowInserted() {
        return false;
    }

    @Override
    public boolean rowDeleted() {
        return false;
    }

    @Override
    public void updateNull(int a) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBoolean(int a, boolean b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateByte(int a, byte b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateShort(int a, short b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateInt(int a, int b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateLong(int a, long b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateFloat(int a, float b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateDouble(int a, double b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBigDecimal(int a, BigDecimal b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateString(int a, String b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBytes(int a, byte[] b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateDate(int a, Date b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateTime(int a, Time b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateTimestamp(int a, Timestamp b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateAsciiStream(int a, InputStream b, int c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBinaryStream(int a, InputStream b, int c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateCharacterStream(int a, Reader b, int c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateObject(int a, Object b, int c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateObject(int a, Object b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateNull(String a) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBoolean(String a, boolean b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateByte(String a, byte b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateShort(String a, short b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateInt(String a, int b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateLong(String a, long b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateFloat(String a, float b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateDouble(String a, double b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBigDecimal(String a, BigDecimal b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateString(String a, String b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBytes(String a, byte[] b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateDate(String a, Date b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateTime(String a, Time b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateTimestamp(String a, Timestamp b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateAsciiStream(String a, InputStream b, int c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBinaryStream(String a, InputStream b, int c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateCharacterStream(String a, Reader b, int c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateObject(String a, Object b, int c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateObject(String a, Object b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void insertRow() throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateRow() throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void deleteRow() throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void refreshRow() throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void cancelRowUpdates() throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void moveToInsertRow() throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void moveToCurrentRow() throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateRef(int a, Ref b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateRef(String a, Ref b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBlob(int a, Blob b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBlob(String a, Blob b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateClob(int a, Clob b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateClob(String a, Clob b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateArray(int a, Array b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateArray(String a, Array b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateRowId(int a, RowId b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateRowId(String a, RowId b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateNString(int a, String b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateNString(String a, String b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateNClob(int a, NClob b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateNClob(String a, NClob b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateSQLXML(int a, SQLXML b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateSQLXML(String a, SQLXML b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateNCharacterStream(int a, Reader b, long c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateNCharacterStream(String a, Reader b, long c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateAsciiStream(int a, InputStream b, long c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBinaryStream(int a, InputStream b, long c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateCharacterStream(int a, Reader b, long c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateAsciiStream(String a, InputStream b, long c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBinaryStream(String a, InputStream b, long c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateCharacterStream(String a, Reader b, long c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBlob(int a, InputStream b, long c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBlob(String a, InputStream b, long c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateClob(int a, Reader b, long c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateClob(String a, Reader b, long c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateNClob(int a, Reader b, long c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateNClob(String a, Reader b, long c) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateNCharacterStream(int a, Reader b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateNCharacterStream(String a, Reader b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateAsciiStream(int a, InputStream b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBinaryStream(int a, InputStream b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateCharacterStream(int a, Reader b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateAsciiStream(String a, InputStream b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBinaryStream(String a, InputStream b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateCharacterStream(String a, Reader b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBlob(int a, InputStream b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateBlob(String a, InputStream b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateClob(int a, Reader b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateClob(String a, Reader b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateNClob(int a, Reader b) throws SQLException {
        throw notUpdatable();
    }

    @Override
    public void updateNClob(String a, Reader b) throws SQLException {
        throw notUpdatable();
    }
}

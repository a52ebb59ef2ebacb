package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.session.Column;
import io.pgmicro.session.Notice;
import io.pgmicro.types.PgType;
import java.io.IOException;
import java.util.List;

/** The backend messages of protocol 3.0, each written as PostgreSQL's protocol documentation names it. */
final class BackendMessages {
    static final int TEXT = 0;
    static final int BINARY = 1;

    private final MessageWriter out;

    BackendMessages(MessageWriter out) {
        this.out = out;
    }

    /** AuthenticationOk (0), CleartextPassword (3), and the other Authentication requests without data. */
    void authentication(int code) throws IOException {
        out.begin('R').int32(code).end();
    }

    void authenticationMd5(byte[] salt) throws IOException {
        out.begin('R').int32(5).bytes(salt).end();
    }

    void authenticationSasl(String mechanism) throws IOException {
        out.begin('R').int32(10).cstring(mechanism).int8(0).end();
    }

    void authenticationSaslContinue(byte[] data) throws IOException {
        out.begin('R').int32(11).bytes(data).end();
    }

    void authenticationSaslFinal(byte[] data) throws IOException {
        out.begin('R').int32(12).bytes(data).end();
    }

    void parameterStatus(String name, String value) throws IOException {
        out.begin('S').cstring(name).cstring(value).end();
    }

    void backendKeyData(int pid, int secret) throws IOException {
        out.begin('K').int32(pid).int32(secret).end();
    }

    void negotiateProtocolVersion(int newestMinor, List<String> unrecognizedOptions) throws IOException {
        out.begin('v').int32(newestMinor).int32(unrecognizedOptions.size());
        for (String option : unrecognizedOptions) {
            out.cstring(option);
        }
        out.end();
    }

    void readyForQuery(char transactionStatus) throws IOException {
        out.begin('Z').int8(transactionStatus).end();
        out.flush();
    }

    void parseComplete() throws IOException {
        out.begin('1').end();
    }

    void bindComplete() throws IOException {
        out.begin('2').end();
    }

    void closeComplete() throws IOException {
        out.begin('3').end();
    }

    void noData() throws IOException {
        out.begin('n').end();
    }

    void portalSuspended() throws IOException {
        out.begin('s').end();
    }

    void emptyQueryResponse() throws IOException {
        out.begin('I').end();
    }

    void commandComplete(String tag) throws IOException {
        out.begin('C').cstring(tag).end();
    }

    void parameterDescription(List<PgType> types) throws IOException {
        out.begin('t').int16(types.size());
        for (PgType type : types) {
            out.int32(type.oid());
        }
        out.end();
    }

    /** RowDescription; {@code formats} holds one format code per column. */
    void rowDescription(List<Column> columns, int[] formats) throws IOException {
        out.begin('T').int16(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            out.cstring(c.name()).int32(c.tableOid()).int16(c.attnum()).int32(c.type().oid())
                    .int16(c.type().typlen()).int32(c.typmod()).int16(formats[i]);
        }
        out.end();
    }

    void dataRow(byte[][] values) throws IOException {
        out.begin('D').int16(values.length);
        for (byte[] value : values) {
            out.value(value);
        }
        out.end();
    }

    void copyInResponse(int columns) throws IOException {
        copyResponse('G', columns);
    }

    void copyOutResponse(int columns) throws IOException {
        copyResponse('H', columns);
    }

    /** Text COPY: the overall format and every column's format are 0. */
    private void copyResponse(char type, int columns) throws IOException {
        out.begin(type).int8(TEXT).int16(columns);
        for (int i = 0; i < columns; i++) {
            out.int16(TEXT);
        }
        out.end();
    }

    void copyData(byte[] data) throws IOException {
        out.begin('d').bytes(data).end();
    }

    void copyDone() throws IOException {
        out.begin('c').end();
    }

    /** ErrorResponse with the fields PostgreSQL sends: severity (twice), code, message, detail, hint, position, where. */
    void errorResponse(PgException e) throws IOException {
        out.begin('E');
        field('S', e.severity());
        field('V', e.severity());
        field('C', e.sqlState());
        field('M', e.getMessage() == null ? "" : e.getMessage());
        field('D', e.detail());
        field('H', e.hint());
        if (e.position() > 0) {
            field('P', Integer.toString(e.position()));
        }
        field('W', e.where());
        out.int8(0).end();
    }

    void noticeResponse(Notice notice) throws IOException {
        out.begin('N');
        field('S', notice.severity());
        field('V', notice.severity());
        field('C', notice.sqlState());
        field('M', notice.message());
        field('D', notice.detail());
        field('H', notice.hint());
        out.int8(0).end();
    }

    void flush() throws IOException {
        out.flush();
    }

    private void field(char code, String value) {
        if (value != null) {
            out.int8(code).cstring(value);
        }
    }
}

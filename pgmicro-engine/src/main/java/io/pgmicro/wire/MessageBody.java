package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.nio.charset.StandardCharsets;

/**
 * Reads the fields of one message body in order. Running past the end, or a string
 * without its terminator, is a protocol violation worded as PostgreSQL's pq_getmsg*
 * functions word it.
 */
final class MessageBody {
    private final byte[] data;
    private int position;

    MessageBody(byte[] data) {
        this.data = data;
    }

    int int32() {
        need(4);
        int v = ((data[position] & 0xff) << 24) | ((data[position + 1] & 0xff) << 16)
                | ((data[position + 2] & 0xff) << 8) | (data[position + 3] & 0xff);
        position += 4;
        return v;
    }

    int int16() {
        need(2);
        int v = (short) (((data[position] & 0xff) << 8) | (data[position + 1] & 0xff));
        position += 2;
        return v;
    }

    int byte1() {
        need(1);
        return data[position++] & 0xff;
    }

    byte[] bytes(int length) {
        if (length < 0) {
            throw malformed("insufficient data left in message");
        }
        need(length);
        byte[] out = new byte[length];
        System.arraycopy(data, position, out, 0, length);
        position += length;
        return out;
    }

    /** A NUL-terminated UTF-8 string. */
    String cstring() {
        for (int i = position; i < data.length; i++) {
            if (data[i] == 0) {
                String s = new String(data, position, i - position, StandardCharsets.UTF_8);
                position = i + 1;
                return s;
            }
        }
        throw malformed("invalid string in message");
    }

    int remaining() {
        return data.length - position;
    }

    /** The rest of the body, e.g. the payload of a CopyData message. */
    byte[] rest() {
        return bytes(remaining());
    }

    /** PostgreSQL's pq_getmsgend: a message with bytes left over is malformed. */
    void end() {
        if (position != data.length) {
            throw malformed("invalid message format");
        }
    }

    /** A malformed body is an ERROR, not FATAL: the message's length kept the connection in step. */
    private static PgException malformed(String message) {
        return new PgException(SqlState.PROTOCOL_VIOLATION, message);
    }

    private void need(int n) {
        if (data.length - position < n) {
            throw malformed("insufficient data left in message");
        }
    }
}

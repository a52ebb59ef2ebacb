package io.pgmicro.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds backend messages into one buffer and writes it to the socket on
 * {@link #flush()}, so a whole response (rows, CommandComplete, ReadyForQuery) goes
 * out in few packets. Each message is opened with {@link #begin(char)} and closed with
 * {@link #end()}, which fills in its length.
 */
final class MessageWriter {
    /** Above this many buffered bytes rows are written out while a result is still being sent. */
    private static final int FLUSH_THRESHOLD = 64 * 1024;

    private final OutputStream out;
    private byte[] buffer = new byte[8192];
    private int size;
    private int messageStart = -1;

    MessageWriter(OutputStream out) {
        this.out = out;
    }

    MessageWriter begin(char type) {
        ensure(5);
        buffer[size++] = (byte) type;
        messageStart = size;
        size += 4;
        return this;
    }

    void end() throws IOException {
        int length = size - messageStart;
        buffer[messageStart] = (byte) (length >>> 24);
        buffer[messageStart + 1] = (byte) (length >>> 16);
        buffer[messageStart + 2] = (byte) (length >>> 8);
        buffer[messageStart + 3] = (byte) length;
        messageStart = -1;
        if (size >= FLUSH_THRESHOLD) {
            flush();
        }
    }

    MessageWriter int8(int v) {
        ensure(1);
        buffer[size++] = (byte) v;
        return this;
    }

    MessageWriter int16(int v) {
        ensure(2);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
        return this;
    }

    MessageWriter int32(int v) {
        ensure(4);
        buffer[size++] = (byte) (v >>> 24);
        buffer[size++] = (byte) (v >>> 16);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
        return this;
    }

    MessageWriter bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buffer, size, b.length);
        size += b.length;
        return this;
    }

    MessageWriter cstring(String s) {
        bytes(s.getBytes(StandardCharsets.UTF_8));
        return int8(0);
    }

    /** A length-prefixed value as DataRow and Bind carry it; null is length -1. */
    MessageWriter value(byte[] b) {
        if (b == null) {
            return int32(-1);
        }
        int32(b.length);
        return bytes(b);
    }

    /** A single byte with no message around it: the answer to SSLRequest and GSSENCRequest. */
    void raw(char c) throws IOException {
        ensure(1);
        buffer[size++] = (byte) c;
        flush();
    }

    void flush() throws IOException {
        if (size > 0) {
            out.write(buffer, 0, size);
            size = 0;
        }
        out.flush();
    }

    private void ensure(int n) {
        if (size + n > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + n));
        }
    }
}

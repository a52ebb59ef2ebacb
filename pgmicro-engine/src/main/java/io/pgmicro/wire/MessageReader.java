package io.pgmicro.wire;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads frontend messages off the socket: the untyped startup packet and the typed
 * messages after it. Lengths are checked before anything is read, and bodies are read
 * with {@link InputStream#readNBytes(int)}, which grows its buffer only as bytes arrive,
 * so a header that lies about its length costs no memory.
 */
final class MessageReader {
    /** PostgreSQL's MAX_STARTUP_PACKET_LENGTH. */
    static final int MAX_STARTUP_LENGTH = 10_000;
    /** PostgreSQL's PQ_LARGE_MESSAGE_LIMIT: 1 GiB less one byte. */
    static final int MAX_MESSAGE_LENGTH = 0x3fffffff;

    private final InputStream in;

    MessageReader(InputStream in) {
        this.in = in;
    }

    /** The body of a startup-phase packet (after its length word), or null when the client closed first. */
    byte[] readStartupPacket() throws IOException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        int length = (first << 24) | readUnsigned24();
        if (length < 8 || length > MAX_STARTUP_LENGTH) {
            throw new ProtocolViolation("invalid length of startup packet");
        }
        return readBody(length - 4);
    }

    /** The next typed message, or null when the client closed the connection between messages. */
    FrontendMessage read() throws IOException {
        int type = in.read();
        if (type < 0) {
            return null;
        }
        int length = readInt32();
        if (length < 4 || length > MAX_MESSAGE_LENGTH) {
            throw new ProtocolViolation("invalid message length");
        }
        return new FrontendMessage((char) type, new MessageBody(readBody(length - 4)));
    }

    private byte[] readBody(int length) throws IOException {
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("client closed the connection inside a message");
        }
        return body;
    }

    private int readInt32() throws IOException {
        int first = in.read();
        if (first < 0) {
            throw new EOFException("client closed the connection inside a message header");
        }
        return (first << 24) | readUnsigned24();
    }

    private int readUnsigned24() throws IOException {
        byte[] rest = readBody(3);
        return ((rest[0] & 0xff) << 16) | ((rest[1] & 0xff) << 8) | (rest[2] & 0xff);
    }

    /** One typed frontend message: its type byte and its body. */
    record FrontendMessage(char type, MessageBody body) {
    }
}

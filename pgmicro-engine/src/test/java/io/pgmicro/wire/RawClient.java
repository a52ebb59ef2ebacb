package io.pgmicro.wire;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A protocol-level client for tests: sends hand-made messages and reads the backend's answers. */
final class RawClient implements AutoCloseable {
    record Message(char type, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The value of one field of an ErrorResponse or NoticeResponse. */
        String field(char code) {
            int i = 0;
            while (i < body.length && body[i] != 0) {
                int end = i + 1;
                while (body[end] != 0) {
                    end++;
                }
                if (body[i] == code) {
                    return new String(body, i + 1, end - i - 1, StandardCharsets.UTF_8);
                }
                i = end + 1;
            }
            return null;
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;

    RawClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        in = new DataInputStream(socket.getInputStream());
        out = new DataOutputStream(socket.getOutputStream());
    }

    /** Sends a StartupMessage for user postgres and reads up to ReadyForQuery. */
    RawClient startup(String database) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        d.writeInt(196608);
        for (String s : new String[] {"user", "postgres", "database", database, ""}) {
            d.write(s.getBytes(StandardCharsets.UTF_8));
            d.write(0);
        }
        out.writeInt(body.size() + 4);
        out.write(body.toByteArray());
        out.flush();
        readUntil('Z');
        return this;
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void send(char type, byte[] body) throws IOException {
        out.write(type);
        out.writeInt(body.length + 4);
        out.write(body);
        out.flush();
    }

    int readByte() throws IOException {
        return in.read();
    }

    Message read() throws IOException {
        char type = (char) in.readUnsignedByte();
        int length = in.readInt();
        byte[] body = new byte[length - 4];
        in.readFully(body);
        return new Message(type, body);
    }

    /** Reads messages up to and including one of the given type, returning them all in order. */
    java.util.List<Message> readUntil(char type) throws IOException {
        java.util.List<Message> messages = new java.util.ArrayList<>();
        Message m;
        do {
            m = read();
            messages.add(m);
        } while (m.type() != type);
        return messages;
    }

    /** Whether the server has closed the connection (reads to end of stream). */
    boolean closedByServer() throws IOException {
        try {
            while (true) {
                read();
            }
        } catch (EOFException e) {
            return true;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    /** A message body from parts: Strings become C strings, Integers int32, Shorts int16, byte[] raw bytes. */
    static byte[] body(Object... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(bytes);
        for (Object part : parts) {
            if (part instanceof String s) {
                d.write(s.getBytes(StandardCharsets.UTF_8));
                d.write(0);
            } else if (part instanceof Integer i) {
                d.writeInt(i);
            } else if (part instanceof Short s) {
                d.writeShort(s);
            } else if (part instanceof Character c) {
                d.write(c);
            } else {
                d.write((byte[]) part);
            }
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

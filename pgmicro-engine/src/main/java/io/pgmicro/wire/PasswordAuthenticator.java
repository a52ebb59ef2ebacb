package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Runs the password exchange that an {@link Authentication} asks for, between the startup packet and AuthenticationOk. */
final class PasswordAuthenticator {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Authentication authentication;
    /** The SCRAM verifier, computed once: PBKDF2 is slow on purpose. */
    private final ScramSha256 scram;

    PasswordAuthenticator(Authentication authentication) {
        this.authentication = authentication;
        this.scram = authentication.method() == Authentication.Method.SCRAM_SHA_256
                ? new ScramSha256(authentication.password()) : null;
    }

    /** Asks for and checks the password; a wrong one is a FATAL 28P01, as PostgreSQL reports it. */
    void authenticate(String user, MessageReader in, BackendMessages out) throws IOException {
        if (authentication.method() == null) {
            return;
        }
        boolean accepted = switch (authentication.method()) {
            case CLEARTEXT -> cleartext(in, out);
            case MD5 -> md5(user, in, out);
            case SCRAM_SHA_256 -> scram(in, out);
        };
        if (!accepted) {
            throw new PgException("FATAL", SqlState.INVALID_PASSWORD, "password authentication failed for user \"" + user + "\"");
        }
    }

    private boolean cleartext(MessageReader in, BackendMessages out) throws IOException {
        out.authentication(3);
        out.flush();
        MessageBody body = passwordMessage(in);
        return MessageDigest.isEqual(body.cstring().getBytes(StandardCharsets.UTF_8),
                authentication.password().getBytes(StandardCharsets.UTF_8));
    }

    private boolean md5(String user, MessageReader in, BackendMessages out) throws IOException {
        byte[] salt = new byte[4];
        RANDOM.nextBytes(salt);
        out.authenticationMd5(salt);
        out.flush();
        String expected = "md5" + md5Hex(concat(md5Hex((authentication.password() + user)
                .getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII), salt));
        return MessageDigest.isEqual(passwordMessage(in).cstring().getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }

    private boolean scram(MessageReader in, BackendMessages out) throws IOException {
        out.authenticationSasl(ScramSha256.MECHANISM);
        out.flush();
        MessageBody initial = passwordMessage(in);
        if (!initial.cstring().equals(ScramSha256.MECHANISM)) {
            throw new PgException("FATAL", SqlState.PROTOCOL_VIOLATION,
                    "client selected an invalid SASL authentication mechanism");
        }
        int length = initial.int32();
        ScramSha256.Exchange exchange = scram.begin();
        String serverFirst = exchange.serverFirst(length < 0 ? "" : new String(initial.bytes(length), StandardCharsets.UTF_8));
        if (serverFirst == null) {
            throw malformedScram();
        }
        out.authenticationSaslContinue(serverFirst.getBytes(StandardCharsets.UTF_8));
        out.flush();
        String serverFinal = exchange.serverFinal(new String(passwordMessage(in).rest(), StandardCharsets.UTF_8));
        if (serverFinal == null) {
            return false;
        }
        out.authenticationSaslFinal(serverFinal.getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private static MessageBody passwordMessage(MessageReader in) throws IOException {
        MessageReader.FrontendMessage message = in.read();
        if (message == null) {
            throw new EOFException("client closed the connection during authentication");
        }
        if (message.type() != 'p') {
            throw new PgException("FATAL", SqlState.PROTOCOL_VIOLATION,
                    "expected password response, got message type " + (int) message.type());
        }
        return message.body();
    }

    private static PgException malformedScram() {
        return new PgException("FATAL", SqlState.PROTOCOL_VIOLATION, "malformed SCRAM message");
    }

    private static String md5Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks MD5", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

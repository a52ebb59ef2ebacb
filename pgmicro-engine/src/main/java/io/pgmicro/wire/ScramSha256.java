package io.pgmicro.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of SCRAM-SHA-256 (RFC 5802 / RFC 7677) as PostgreSQL runs it: no
 * channel binding, the user name taken from the startup packet rather than from the
 * SCRAM message. One instance holds the password's verifier (salt, iteration count,
 * StoredKey, ServerKey) and serves any number of exchanges.
 */
final class ScramSha256 {
    static final String MECHANISM = "SCRAM-SHA-256";
    private static final int ITERATIONS = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] salt = new byte[16];
    private final byte[] storedKey;
    private final byte[] serverKey;

    ScramSha256(String password) {
        RANDOM.nextBytes(salt);
        byte[] saltedPassword = saltedPassword(password, salt, ITERATIONS);
        this.storedKey = sha256(hmac(saltedPassword, "Client Key"));
        this.serverKey = hmac(saltedPassword, "Server Key");
    }

    /** One authentication exchange: client-first → server-first, client-final → server-final. */
    Exchange begin() {
        return new Exchange();
    }

    final class Exchange {
        private String clientFirstBare;
        private String serverFirst;
        private String nonce;
        private String gs2Header;

        /** Reads client-first-message and returns server-first-message, or null if the message is malformed. */
        String serverFirst(String clientFirst) {
            // gs2-header: "n,," (no channel binding) or "y,," (client could, server does not offer it)
            if (!(clientFirst.startsWith("n,") || clientFirst.startsWith("y,"))) {
                return null;
            }
            int bareStart = clientFirst.indexOf(',', 2);
            if (bareStart < 0) {
                return null;
            }
            gs2Header = clientFirst.substring(0, bareStart + 1);
            clientFirstBare = clientFirst.substring(bareStart + 1);
            String clientNonce = attribute(clientFirstBare, 'r');
            if (clientNonce == null || clientNonce.isEmpty()) {
                return null;
            }
            byte[] serverNonce = new byte[18];
            RANDOM.nextBytes(serverNonce);
            nonce = clientNonce + Base64.getEncoder().encodeToString(serverNonce);
            serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(salt) + ",i=" + ITERATIONS;
            return serverFirst;
        }

        /**
         * Checks client-final-message; returns server-final-message ("v=...") when the
         * proof is right, or null when it is wrong or the message is malformed.
         */
        String serverFinal(String clientFinal) {
            int proofStart = clientFinal.lastIndexOf(",p=");
            if (serverFirst == null || proofStart < 0) {
                return null;
            }
            String withoutProof = clientFinal.substring(0, proofStart);
            String binding = attribute(withoutProof, 'c');
            if (!nonce.equals(attribute(withoutProof, 'r')) || binding == null
                    || !binding.equals(Base64.getEncoder().encodeToString(gs2Header.getBytes(StandardCharsets.UTF_8)))) {
                return null;
            }
            byte[] proof;
            try {
                proof = Base64.getDecoder().decode(clientFinal.substring(proofStart + 3));
            } catch (IllegalArgumentException e) {
                return null;
            }
            String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
            byte[] clientSignature = hmac(storedKey, authMessage);
            if (proof.length != clientSignature.length) {
                return null;
            }
            byte[] clientKey = new byte[proof.length];
            for (int i = 0; i < proof.length; i++) {
                clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
            }
            if (!MessageDigest.isEqual(sha256(clientKey), storedKey)) {
                return null;
            }
            return "v=" + Base64.getEncoder().encodeToString(hmac(serverKey, authMessage));
        }
    }

    /** The value of "x=value" in a comma-separated SCRAM message, or null. */
    private static String attribute(String message, char name) {
        for (String part : message.split(",")) {
            if (part.length() >= 2 && part.charAt(0) == name && part.charAt(1) == '=') {
                return part.substring(2);
            }
        }
        return null;
    }

    /** Hi(password, salt, i) of RFC 5802, which is PBKDF2 with HMAC-SHA-256. */
    private static byte[] saltedPassword(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks PBKDF2WithHmacSHA256", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}

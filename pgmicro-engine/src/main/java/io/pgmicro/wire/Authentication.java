package io.pgmicro.wire;

import java.util.Objects;

/**
 * How the server checks who connects: {@link #trust()} lets everyone in (PostgreSQL's
 * {@code trust}), {@link #password(Method, String)} asks every user for one password
 * with the chosen method, as a pg_hba.conf line with that method would.
 */
public final class Authentication {
    /** The password methods of pg_hba.conf. */
    public enum Method {
        /** {@code password}: the password travels in clear text. */
        CLEARTEXT,
        /** {@code md5}: a salted MD5 hash of the password and the user name. */
        MD5,
        /** {@code scram-sha-256}: SASL SCRAM-SHA-256, pgjdbc's and libpq's default. */
        SCRAM_SHA_256
    }

    private static final Authentication TRUST = new Authentication(null, null);

    private final Method method;
    private final String password;

    private Authentication(Method method, String password) {
        this.method = method;
        this.password = password;
    }

    public static Authentication trust() {
        return TRUST;
    }

    public static Authentication password(Method method, String password) {
        return new Authentication(Objects.requireNonNull(method), Objects.requireNonNull(password));
    }

    /** The method, or null for trust. */
    public Method method() {
        return method;
    }

    String password() {
        return password;
    }
}

package io.pgmicro.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The wire-protocol server that serves a context's pgmicro database to psql and other PostgreSQL clients. */
@ConfigurationProperties("pgmicro.server")
public class PgMicroServerProperties {
    /**
     * Whether to serve the context's pgmicro database over the PostgreSQL wire protocol: the
     * {@code @AutoConfigurePgMicro} test database, or that of a jdbc:pgmicro:mem:NAME or file: URL.
     */
    private boolean enabled;

    /** The address the server listens on. */
    private String host = "127.0.0.1";

    /**
     * The port to listen on; 0 picks a free one. Once the server listens, this property reads as
     * the port it chose.
     */
    private int port;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }
}

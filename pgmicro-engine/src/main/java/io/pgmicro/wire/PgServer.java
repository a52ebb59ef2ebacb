package io.pgmicro.wire;

import io.pgmicro.session.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL wire-protocol (3.0) server over pgmicro databases, for psql, pgjdbc,
 * node-postgres and any other PostgreSQL client:
 * <pre>{@code
 * try (PgServer server = PgServer.start(DatabaseProvider.memory(), "127.0.0.1", 0)) {
 *     String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/app";
 *     ...
 * }
 * }</pre>
 * Each connection runs on its own thread with its own session. Port 0 picks a free port.
 */
public final class PgServer implements AutoCloseable {
    private static final int BACKLOG = 128;

    private final ServerSocket listener;
    private final DatabaseProvider databases;
    private final Context context;
    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean stopped;

    private PgServer(ServerSocket listener, DatabaseProvider databases, Authentication authentication) {
        this.listener = listener;
        this.databases = databases;
        this.context = new Context(new PasswordAuthenticator(authentication));
        this.acceptor = new Thread(this::acceptLoop, "pgmicro-server-" + listener.getLocalPort());
        acceptor.setDaemon(true);
    }

    /** Serves one database under every database name, with trust authentication; the caller keeps and closes the database. */
    public static PgServer start(Database database, String host, int port) {
        return start(DatabaseProvider.of(database), host, port, Authentication.trust());
    }

    /** Serves the provider's databases with trust authentication. */
    public static PgServer start(DatabaseProvider databases, String host, int port) {
        return start(databases, host, port, Authentication.trust());
    }

    /**
     * Starts listening on host:port (port 0 for any free port) and returns the running server.
     * The server closes the provider when it stops.
     */
    public static PgServer start(DatabaseProvider databases, String host, int port, Authentication authentication) {
        ServerSocket listener;
        try {
            listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(host == null ? "127.0.0.1" : host, port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        PgServer server = new PgServer(listener, databases, authentication);
        server.acceptor.start();
        return server;
    }

    /** The port the server listens on (the one picked, when started with port 0). */
    public int port() {
        return listener.getLocalPort();
    }

    public String host() {
        return listener.getInetAddress().getHostAddress();
    }

    /** Blocks until the server stops. */
    public void awaitStop() throws InterruptedException {
        acceptor.join();
    }

    /** Stops listening, ends every connection (rolling back what they had open), and closes the provider. */
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            listener.close();
        } catch (IOException e) {
            // closing a listening socket only fails if it is closed already
        }
        connections.forEach(ClientConnection::abort);
        try {
            acceptor.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        databases.close();
    }

    @Override
    public void close() {
        stop();
    }

    private void acceptLoop() {
        while (!stopped) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                continue;
            }
            ClientConnection connection = new ClientConnection(socket, context);
            connections.add(connection);
            if (stopped) {
                connection.abort();
            }
            Thread thread = new Thread(connection, "pgmicro-connection-" + connectionCount.incrementAndGet());
            thread.setDaemon(true);
            thread.start();
        }
    }

    private final class Context implements ServerContext {
        private final PasswordAuthenticator authenticator;
        private final CancelTargets cancelTargets = new CancelTargets();

        Context(PasswordAuthenticator authenticator) {
            this.authenticator = authenticator;
        }

        @Override
        public DatabaseProvider databases() {
            return databases;
        }

        @Override
        public PasswordAuthenticator authenticator() {
            return authenticator;
        }

        @Override
        public CancelTargets cancelTargets() {
            return cancelTargets;
        }

        @Override
        public List<ClientConnection> connectionsTo(String databaseName) {
            List<ClientConnection> on = new ArrayList<>();
            for (ClientConnection c : connections) {
                Database d = c.database();
                if (d != null && d.name().equals(databaseName)) {
                    on.add(c);
                }
            }
            return on;
        }

        @Override
        public void connectionEnded(ClientConnection connection) {
            connections.remove(connection);
        }
    }
}

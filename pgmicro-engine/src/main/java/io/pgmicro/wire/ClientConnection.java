package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.session.Database;
import io.pgmicro.session.Session;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One client connection, on its own thread: the startup packet, authentication, a
 * session on the database the client named, then the message loop until Terminate.
 * Whatever goes wrong ends this connection only: a protocol violation with a FATAL
 * ErrorResponse, a vanished client silently; the session's open transaction is rolled
 * back when it closes.
 */
final class ClientConnection implements Runnable {
    private final Socket socket;
    private final ServerContext server;
    private final CountDownLatch ended = new CountDownLatch(1);
    /** The database this connection's session is on, once it has one. */
    private volatile Database database;
    private volatile Session session;

    ClientConnection(Socket socket, ServerContext server) {
        this.socket = socket;
        this.server = server;
    }

    @Override
    public void run() {
        try (socket) {
            socket.setTcpNoDelay(true);
            MessageReader in = new MessageReader(new BufferedInputStream(socket.getInputStream()));
            MessageWriter writer = new MessageWriter(new BufferedOutputStream(socket.getOutputStream()));
            BackendMessages out = new BackendMessages(writer);
            try {
                serve(in, writer, out);
            } catch (PgException e) {
                sendFatal(out, e);
            } catch (RuntimeException e) {
                sendFatal(out, new PgException(SqlState.INTERNAL_ERROR, "pgmicro internal error: " + e));
            }
        } catch (IOException e) {
            // the client went away; nothing is left to tell it
        } finally {
            server.connectionEnded(this);
            ended.countDown();
        }
    }

    Database database() {
        return database;
    }

    /** Waits until this connection's thread has ended (its session closed), at most the given time. */
    boolean awaitEnd(long millis) throws InterruptedException {
        return ended.await(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Ends this connection from another thread (server shutdown, DROP DATABASE ... WITH (FORCE)):
     * stops its running statement and closes the socket; the connection's thread then ends.
     */
    void abort() {
        Session running = session;
        if (running != null) {
            running.cancel();
        }
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private void serve(MessageReader in, MessageWriter writer, BackendMessages out) throws IOException {
        StartupPacket packet = StartupPacket.read(in, writer);
        if (packet instanceof StartupPacket.Cancel cancel) {
            server.cancelTargets().cancel(cancel.pid(), cancel.secret());
            return;
        }
        if (!(packet instanceof StartupPacket.Startup startup)) {
            return;
        }
        Map<String, String> parameters = startup.parameters();
        String user = parameters.get("user");
        if (user == null || user.isEmpty()) {
            throw new PgException("FATAL", SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                    "no PostgreSQL user name specified in startup packet");
        }
        if (parameters.containsKey("replication") && !parameters.get("replication").equalsIgnoreCase("false")) {
            throw new PgException("FATAL", SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support replication connections");
        }
        server.authenticator().authenticate(user, in, out);
        out.authentication(0);
        if (startup.minorVersion() > 0 || !startup.unrecognizedOptions().isEmpty()) {
            out.negotiateProtocolVersion(PROTOCOL_3_0, startup.unrecognizedOptions());
        }
        String requested = parameters.getOrDefault("database", "");
        String databaseName = requested.isEmpty() ? user : requested;
        database = server.databases().database(databaseName);
        try (Session session = database.newSession()) {
            this.session = session;
            session.setSetting("session_authorization", user);
            applyDatabaseSettings(session, server.databases().settings(databaseName));
            applyStartupParameters(session, parameters);
            ReportedParameters reported = new ReportedParameters(session);
            reported.sendChanges(out);
            int secret = server.cancelTargets().register(session);
            try {
                MessageLoop loop = new MessageLoop(session, in, out, reported, new DatabaseCommands(server, this, session));
                out.backendKeyData(session.backendPid(), secret);
                loop.run();
            } finally {
                server.cancelTargets().unregister(session);
            }
        }
    }

    private static final int PROTOCOL_3_0 = 0;

    /** What ALTER DATABASE ... SET gave the database; the startup parameters come after them and win. */
    private static void applyDatabaseSettings(Session session, Map<String, String> settings) {
        for (Map.Entry<String, String> s : settings.entrySet()) {
            set(session, s.getKey(), s.getValue());
        }
    }

    /** The startup parameters become session settings, as if SET; "options" holds more of them as -c name=value. */
    private static void applyStartupParameters(Session session, Map<String, String> parameters) {
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            switch (p.getKey()) {
                case "user", "database", "replication" -> { }
                case "options" -> {
                    for (String[] setting : CommandLineOptions.settings(p.getValue())) {
                        set(session, setting[0], setting[1]);
                    }
                }
                default -> set(session, p.getKey(), p.getValue());
            }
        }
    }

    private static void set(Session session, String name, String value) {
        if (name.equalsIgnoreCase("client_encoding")) {
            session.setSetting(name, clientEncoding(value));
            return;
        }
        try {
            session.setSetting(name, value);
        } catch (PgException e) {
            throw fatal(e);
        }
    }

    /** The data on the wire is always UTF-8; SQL_ASCII (what psql asks for under the C locale) passes bytes through. */
    private static String clientEncoding(String value) {
        String normalized = value.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (List.of("UTF8", "UNICODE").contains(normalized)) {
            return "UTF8";
        }
        if (normalized.equals("SQLASCII")) {
            return "SQL_ASCII";
        }
        throw new PgException("FATAL", SqlState.FEATURE_NOT_SUPPORTED,
                "pgmicro supports only the UTF8 client encoding, not \"" + value + "\"");
    }

    private static PgException fatal(PgException e) {
        if (e.severity().equals("FATAL")) {
            return e;
        }
        PgException fatal = new PgException("FATAL", e.sqlState(), e.getMessage());
        return fatal.withDetail(e.detail()).withHint(e.hint());
    }

    private static void sendFatal(BackendMessages out, PgException e) {
        try {
            out.errorResponse(fatal(e));
            out.flush();
        } catch (IOException ignored) {
            // the client is gone; the error has nowhere to go
        }
    }
}

package io.pgmicro.wire;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.system.ClusterDatabase;
import io.pgmicro.parse.ast.AlterDatabaseSetStmt;
import io.pgmicro.parse.ast.CreatedbStmt;
import io.pgmicro.parse.ast.DefElem;
import io.pgmicro.parse.ast.DropdbStmt;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.VariableSetStmt;
import io.pgmicro.session.Notice;
import io.pgmicro.session.ResultSink;
import io.pgmicro.session.Session;
import io.pgmicro.session.SetValue;
import io.pgmicro.session.Settings;
import java.util.List;
import java.util.Set;

/**
 * CREATE DATABASE, DROP DATABASE and ALTER DATABASE ... SET/RESET: statements about the
 * server's cluster rather than about the database a session is on, so the wire server
 * runs them, with PostgreSQL's checks and messages.
 */
final class DatabaseCommands {
    /** The options of CREATE DATABASE PostgreSQL 15 knows; only TEMPLATE changes what pgmicro makes. */
    private static final Set<String> CREATE_OPTIONS = Set.of("template", "owner", "tablespace", "encoding", "locale",
            "lc_collate", "lc_ctype", "icu_locale", "locale_provider", "collation_version", "connection_limit",
            "allow_connections", "is_template", "strategy", "oid");
    /** How long a database in use is waited for, and the connections WITH (FORCE) ended, as PostgreSQL waits. */
    private static final long IN_USE_WAIT_MILLIS = 5000;
    private static final long POLL_MILLIS = 20;

    private final ServerContext server;
    private final ClientConnection self;
    private final Session session;

    DatabaseCommands(ServerContext server, ClientConnection self, Session session) {
        this.server = server;
        this.self = self;
        this.session = session;
    }

    static boolean handles(Node stmt) {
        return stmt.hasCreatedbStmt() || stmt.hasDropdbStmt() || stmt.hasAlterDatabaseSetStmt();
    }

    /**
     * Runs one of the statements {@link #handles} accepts and returns its command tag.
     *
     * @param inBlock whether the statement is part of a transaction block, explicit or implicit
     */
    String run(Node stmt, boolean inBlock, ResultSink sink) {
        if (stmt.hasCreatedbStmt()) {
            refuseInBlock("CREATE DATABASE", inBlock);
            create(stmt.getCreatedbStmt());
            return "CREATE DATABASE";
        }
        if (stmt.hasDropdbStmt()) {
            refuseInBlock("DROP DATABASE", inBlock);
            drop(stmt.getDropdbStmt(), sink);
            return "DROP DATABASE";
        }
        alter(stmt.getAlterDatabaseSetStmt());
        return "ALTER DATABASE";
    }

    private static void refuseInBlock(String command, boolean inBlock) {
        if (inBlock) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, command + " cannot run inside a transaction block");
        }
    }

    private void create(CreatedbStmt stmt) {
        String template = "template1";
        for (Node option : stmt.getOptionsList()) {
            DefElem d = option.getDefElem();
            if (!CREATE_OPTIONS.contains(d.getDefname())) {
                throw new PgException(SqlState.SYNTAX_ERROR, "option \"" + d.getDefname() + "\" not recognized");
            }
            if (d.getDefname().equals("template") && d.getArg().hasString()) {
                template = d.getArg().getString().getSval();
            }
        }
        DatabaseProvider databases = server.databases();
        if (find(stmt.getDbname()) != null) {
            throw new PgException(SqlState.DUPLICATE_DATABASE, "database \"" + stmt.getDbname() + "\" already exists");
        }
        ClusterDatabase source = find(template);
        if (source == null && !databases.list().isEmpty()) {
            throw new PgException(SqlState.UNDEFINED_DATABASE, "template database \"" + template + "\" does not exist");
        }
        if (source != null && !source.template()) {
            refuseIfInUse(source.name(), "source database \"" + source.name() + "\" is being accessed by other users");
        }
        databases.create(stmt.getDbname(), template);
    }

    private void drop(DropdbStmt stmt, ResultSink sink) {
        String name = stmt.getDbname();
        boolean force = false;
        for (Node option : stmt.getOptionsList()) {
            DefElem d = option.getDefElem();
            if (!d.getDefname().equals("force")) {
                throw new PgException(SqlState.SYNTAX_ERROR, "unrecognized DROP DATABASE option \"" + d.getDefname() + "\"");
            }
            force = true;
        }
        ClusterDatabase target = find(name);
        if (target == null && !server.databases().list().isEmpty()) {
            if (!stmt.getMissingOk()) {
                throw new PgException(SqlState.UNDEFINED_DATABASE, "database \"" + name + "\" does not exist");
            }
            sink.notice(Notice.notice(SqlState.SUCCESSFUL_COMPLETION, "database \"" + name + "\" does not exist, skipping"));
            return;
        }
        if (target != null && target.template()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot drop a template database");
        }
        if (name.equals(session.database().name())) {
            throw new PgException(SqlState.OBJECT_IN_USE, "cannot drop the currently open database");
        }
        if (force) {
            endConnectionsTo(name);
        } else {
            refuseIfInUse(name, "database \"" + name + "\" is being accessed by other users");
        }
        server.databases().drop(name);
    }

    private void alter(AlterDatabaseSetStmt stmt) {
        String name = stmt.getDbname();
        if (find(name) == null) {
            // a provider that serves a single database refuses the change itself
            if (!server.databases().list().isEmpty()) {
                throw new PgException(SqlState.UNDEFINED_DATABASE, "database \"" + name + "\" does not exist");
            }
        }
        VariableSetStmt set = stmt.getSetstmt();
        switch (set.getKind()) {
            case VAR_SET_VALUE -> {
                String value = SetValue.of(set);
                // the value must be one a SET would take, or every later connection would fail
                new Settings().set(set.getName(), value);
                server.databases().alterSetting(name, set.getName().toLowerCase(java.util.Locale.ROOT), value);
            }
            case VAR_SET_DEFAULT, VAR_RESET -> {
                new Settings().reset(set.getName());
                server.databases().alterSetting(name, set.getName().toLowerCase(java.util.Locale.ROOT), null);
            }
            case VAR_RESET_ALL -> server.databases().resetSettings(name);
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "pgmicro does not support ALTER DATABASE ... SET FROM CURRENT");
        }
    }

    private ClusterDatabase find(String name) {
        for (ClusterDatabase d : server.databases().list()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }

    /** The other connections on a database, which keep it from being dropped or copied. */
    private List<ClientConnection> othersOn(String name) {
        List<ClientConnection> on = server.connectionsTo(name);
        on.remove(self);
        return on;
    }

    /**
     * Like PostgreSQL, waits up to five seconds for the other sessions to go (a client that
     * just disconnected may still be closing its session) before giving up.
     */
    private void refuseIfInUse(String name, String message) {
        long deadline = System.nanoTime() + IN_USE_WAIT_MILLIS * 1_000_000;
        int others = othersOn(name).size();
        while (others > 0 && System.nanoTime() < deadline) {
            pause();
            others = othersOn(name).size();
        }
        if (others > 0) {
            throw new PgException(SqlState.OBJECT_IN_USE, message).withDetail(others == 1
                    ? "There is 1 other session using the database."
                    : "There are " + others + " other sessions using the database.");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
        }
    }

    /** WITH (FORCE): ends the other connections, as pg_terminate_backend does, and waits until their sessions closed. */
    private void endConnectionsTo(String name) {
        List<ClientConnection> others = othersOn(name);
        others.forEach(ClientConnection::abort);
        try {
            for (ClientConnection c : others) {
                if (!c.awaitEnd(IN_USE_WAIT_MILLIS)) {
                    throw new PgException(SqlState.OBJECT_IN_USE, "database \"" + name + "\" is being accessed by other users");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
        }
    }
}

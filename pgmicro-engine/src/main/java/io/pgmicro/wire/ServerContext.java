package io.pgmicro.wire;

import java.util.List;

/** What every connection of one server shares: its databases, its authentication, and who can be cancelled. */
interface ServerContext {
    DatabaseProvider databases();

    PasswordAuthenticator authenticator();

    CancelTargets cancelTargets();

    /** The connections whose sessions are on the database of this name now. */
    List<ClientConnection> connectionsTo(String databaseName);

    /** Called by each connection's thread as it ends. */
    void connectionEnded(ClientConnection connection);
}

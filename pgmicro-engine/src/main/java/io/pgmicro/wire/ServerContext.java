package io.pgmicro.wire;

/** What every connection of one server shares: its databases, its authentication, and who can be cancelled. */
interface ServerContext {
    DatabaseProvider databases();

    PasswordAuthenticator authenticator();

    CancelTargets cancelTargets();

    /** Called by each connection's thread as it ends. */
    void connectionEnded(ClientConnection connection);
}

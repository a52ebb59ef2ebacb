package io.pgmicro.exec.functions;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.system.SessionInfo;

/**
 * What the catalog functions need from the session at run time. The session's
 * FunctionContext implements it; {@link CatalogFunctions#accessFor} supplies a
 * connection-backed stand-in where it does not.
 */
public interface CatalogAccess {
    /** The catalog the session sees now, its own uncommitted DDL included. */
    CatalogSnapshot catalog();

    /** The session's search_path and settings, for current_setting, set_config and name visibility. */
    SessionInfo session();

    /** The advisory locks of the database, shared by all of its sessions. */
    AdvisoryLocks advisoryLocks();

    /** This session in the lock table; also its pg_backend_pid(). */
    int backendPid();
}

package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.CatalogStore;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.system.CatalogLookups;
import io.pgmicro.catalog.system.SessionInfo;
import io.pgmicro.types.ArrayText;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The catalog and session functions of {@link io.pgmicro.catalog.system.CatalogFunctionSignatures}
 * as SQLite functions: pg_get_expr, pg_get_constraintdef, format_type, obj_description,
 * current_setting, the advisory locks ... They read the session's current catalog
 * through {@link CatalogAccess} on every call.
 */
public final class CatalogFunctions {
    private static final Instant STARTED = Instant.now();
    private static final AtomicLong TRANSACTION_IDS = new AtomicLong(1000);
    private static final AtomicInteger STAND_IN_PIDS = new AtomicInteger(100_000);

    private CatalogFunctions() {
    }

    /** The session's own access when its FunctionContext provides it, else one that reads the catalog from the connection. */
    public static CatalogAccess accessFor(FunctionContext ctx, Connection conn) {
        if (ctx instanceof CatalogAccess access) {
            return access;
        }
        int pid = STAND_IN_PIDS.incrementAndGet();
        AdvisoryLocks locks = new AdvisoryLocks();
        return new CatalogAccess() {
            @Override
            public CatalogSnapshot catalog() {
                return CatalogStore.load(conn);
            }

            @Override
            public SessionInfo session() {
                return SessionInfo.of(List.of("$user", "public"));
            }

            @Override
            public AdvisoryLocks advisoryLocks() {
                return locks;
            }

            @Override
            public int backendPid() {
                return pid;
            }
        };
    }

    static void register(Registrar r, FunctionContext ctx, CatalogAccess access) {
        registerDescriptions(r, access);
        registerSettings(r, access);
        registerLocks(r, access);
        registerServerFacts(r, ctx, access);
    }

    private static CatalogLookups lookups(CatalogAccess access) {
        return new CatalogLookups(access.catalog(), access.session().searchPath());
    }

    private static void registerDescriptions(Registrar r, CatalogAccess access) {
        defineLenient(r, "format_type", 2, a -> a[0] == null ? null : lookups(access).formatType(num(a[0]),
                a[1] == null ? null : num(a[1])));
        define(r, "pg_get_expr", 2, a -> lookups(access).expression(str(a[0]), num(a[1]), false));
        define(r, "pg_get_expr", 3, a -> lookups(access).expression(str(a[0]), num(a[1]), bool(a[2])));
        define(r, "pg_get_constraintdef", 1, a -> lookups(access).constraintDefinition(num(a[0]), false));
        define(r, "pg_get_constraintdef", 2, a -> lookups(access).constraintDefinition(num(a[0]), bool(a[1])));
        define(r, "pg_get_indexdef", 1, a -> lookups(access).indexDefinition(num(a[0]), 0, false));
        define(r, "pg_get_indexdef", 3, a -> lookups(access).indexDefinition(num(a[0]), (int) num(a[1]), bool(a[2])));
        define(r, "pg_get_viewdef", 1, a -> lookups(access).viewDefinition(num(a[0])));
        define(r, "pg_get_viewdef", 2, a -> lookups(access).viewDefinition(num(a[0])));
        define(r, "pg_get_partkeydef", 1, a -> lookups(access).partitionKeyDefinition(num(a[0])));
        define(r, "pg_get_triggerdef", 1, a -> lookups(access).triggerDefinition(num(a[0]), false));
        define(r, "pg_get_triggerdef", 2, a -> lookups(access).triggerDefinition(num(a[0]), bool(a[1])));
        define(r, "pg_relation_is_publishable", 1, a -> toStorage(lookups(access).relationPublishable(num(a[0]))));
        define(r, "pg_partition_ancestors", 1, a -> lookups(access).partitionAncestors(num(a[0])));
        // pgmicro has no extended statistics objects (CREATE STATISTICS), whose columns this would print
        define(r, "pg_get_statisticsobjdef_columns", 1, a -> null);
        define(r, "pg_get_function_result", 1, a -> lookups(access).functionResult(num(a[0])));
        define(r, "pg_get_function_arguments", 1, a -> lookups(access).functionArguments(num(a[0])));
        define(r, "pg_get_function_identity_arguments", 1, a -> lookups(access).functionIdentityArguments(num(a[0])));
        define(r, "pg_get_functiondef", 1, a -> lookups(access).functionDefinition(num(a[0])));
        define(r, "pg_table_is_visible", 1, a -> toStorage(lookups(access).relationVisible(num(a[0]))));
        define(r, "pg_type_is_visible", 1, a -> toStorage(lookups(access).typeVisible(num(a[0]))));
        define(r, "pg_function_is_visible", 1, a -> toStorage(lookups(access).functionVisible(num(a[0]))));
        define(r, "obj_description", 1, a -> lookups(access).objectDescription(num(a[0]), null));
        define(r, "obj_description", 2, a -> lookups(access).objectDescription(num(a[0]), str(a[1])));
        define(r, "col_description", 2, a -> lookups(access).columnDescription(num(a[0]), num(a[1])));
        define(r, "shobj_description", 2, a -> null);
        define(r, "pg_get_serial_sequence", 2, a -> serialSequence(access, str(a[0]), str(a[1])));
        define(r, "pg_get_userbyid", 1, a -> CatalogLookups.userName(num(a[0])));
        define(r, "current_schemas", 1, a -> ArrayText.format(lookups(access).currentSchemas(bool(a[0]))));
        define(r, "to_regclass", 1, a -> {
            String[] parts = io.pgmicro.emit.QualifiedNames.split(str(a[0]));
            return lookups(access).relationOid(parts.length > 1 ? parts[parts.length - 2] : null, parts[parts.length - 1]);
        });
        define(r, "to_regtype", 1, a -> lookups(access).typeOid(str(a[0])));
        define(r, "to_regproc", 1, a -> {
            // NULL, not an error, for no function or more than one of that name
            String[] parts = io.pgmicro.emit.QualifiedNames.split(str(a[0]));
            List<Long> oids = lookups(access).functionOids(parts.length > 1 ? parts[parts.length - 2] : null,
                    parts[parts.length - 1]);
            return oids.size() == 1 ? oids.get(0) : null;
        });
        define(r, "to_regnamespace", 1, a -> lookups(access).namespaceOid(io.pgmicro.emit.QualifiedNames.split(str(a[0]))[0]));
        define(r, "to_regrole", 1, a -> io.pgmicro.emit.QualifiedNames.split(str(a[0]))[0].equals("postgres")
                ? (long) io.pgmicro.catalog.system.ObjectIds.POSTGRES_ROLE : null);
    }

    /** pg_get_serial_sequence('table', 'column'): the table name is read as regclass, the column as an identifier. */
    private static String serialSequence(CatalogAccess access, String table, String column) {
        String[] parts = io.pgmicro.emit.QualifiedNames.split(table);
        CatalogLookups lookups = lookups(access);
        Long oid = lookups.relationOid(parts.length > 1 ? parts[parts.length - 2] : null, parts[parts.length - 1]);
        RelationDef rel = oid == null ? null : access.catalog().relation(oid.intValue());
        if (rel == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + table + "\" does not exist");
        }
        String name = column.startsWith("\"") && column.endsWith("\"") && column.length() > 1
                ? column.substring(1, column.length() - 1).replace("\"\"", "\"") : column.toLowerCase(java.util.Locale.ROOT);
        if (rel.attribute(name) == null) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name + "\" of relation \"" + rel.name()
                    + "\" does not exist");
        }
        return lookups.serialSequence(rel, name);
    }

    private static void registerSettings(Registrar r, CatalogAccess access) {
        define(r, "current_setting", 1, a -> setting(access, str(a[0]), false));
        define(r, "current_setting", 2, a -> setting(access, str(a[0]), bool(a[1])));
        defineLenient(r, "set_config", 3, a -> {
            if (a[0] == null) {
                throw new PgException(SqlState.NULL_VALUE_NOT_ALLOWED, "SET requires parameter name");
            }
            SessionInfo session = access.session();
            try {
                session.setSetting(str(a[0]), a[1] == null ? "" : str(a[1]), a[2] != null && bool(a[2]));
            } catch (UnsupportedOperationException e) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "set_config is not available in this session");
            }
            return session.setting(str(a[0]));
        });
    }

    private static String setting(CatalogAccess access, String name, boolean missingOk) {
        String value = access.session().setting(name);
        if (value == null && !missingOk) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
        }
        return value;
    }

    private static void registerLocks(Registrar r, CatalogAccess access) {
        define(r, "pg_advisory_lock", 1, a -> {
            access.advisoryLocks().lock(num(a[0]), access.backendPid(), false);
            return "";
        });
        define(r, "pg_advisory_xact_lock", 1, a -> {
            access.advisoryLocks().lock(num(a[0]), access.backendPid(), true);
            return "";
        });
        define(r, "pg_try_advisory_lock", 1, a -> toStorage(access.advisoryLocks().tryLock(num(a[0]), access.backendPid(), false)));
        define(r, "pg_try_advisory_xact_lock", 1,
                a -> toStorage(access.advisoryLocks().tryLock(num(a[0]), access.backendPid(), true)));
        define(r, "pg_advisory_unlock", 1, a -> toStorage(access.advisoryLocks().unlock(num(a[0]), access.backendPid())));
        define(r, "pg_advisory_unlock_all", 0, a -> {
            access.advisoryLocks().unlockAll(access.backendPid());
            return "";
        });
    }

    private static void registerServerFacts(Registrar r, FunctionContext ctx, CatalogAccess access) {
        define(r, "pg_encoding_to_char", 1, a -> num(a[0]) == 6 ? "UTF8" : num(a[0]) == 0 ? "SQL_ASCII" : "");
        define(r, "pg_backend_pid", 0, a -> (long) access.backendPid());
        define(r, "pg_postmaster_start_time", 0, a -> timestamptz(STARTED));
        define(r, "pg_is_in_recovery", 0, a -> 0L);
        TransactionIds xids = new TransactionIds();
        define(r, "txid_current", 0, a -> xids.current(ctx));
        for (String size : List.of("pg_relation_size", "pg_total_relation_size", "pg_table_size", "pg_indexes_size")) {
            // SQLite's pages are shared by all tables of the file; PostgreSQL's sizes per relation have no counterpart
            define(r, size, 1, a -> 0L);
        }
        for (String object : List.of("table", "schema", "database", "sequence", "column", "function")) {
            // every session runs as the superuser, who holds every privilege of an object that exists
            define(r, "has_" + object + "_privilege", 2, a -> privilege(access, object, a[0], str(a[1])));
            define(r, "has_" + object + "_privilege", 3, a -> {
                if (object.equals("column")) {
                    // (table, column, privilege): the table is checked, the column not yet
                    return privilege(access, "table", a[0], null) == null ? null : privilege(access, object, null, str(a[2]));
                }
                io.pgmicro.catalog.system.Privileges.checkRole(str(a[0]));
                return privilege(access, object, a[1], str(a[2]));
            });
        }
    }

    /**
     * A has_*_privilege answer: true once the object named by text exists and the privilege
     * list is valid, NULL for an OID that names nothing; null privileges skip that check.
     */
    private static Object privilege(CatalogAccess access, String object, Object target, String privileges) {
        if (target instanceof String text) {
            String[] parts = object.equals("table") || object.equals("sequence")
                    ? io.pgmicro.emit.QualifiedNames.split(text) : new String[] {text};
            io.pgmicro.catalog.system.Privileges.checkExists(object, parts.length > 1 ? parts[parts.length - 2] : null,
                    parts[parts.length - 1], String.join(".", parts), access.catalog(), access.session().searchPath(),
                    access.session().clusterDatabases());
        }
        if (privileges != null) {
            io.pgmicro.catalog.system.Privileges.checkNames(object, privileges);
        }
        if (target instanceof Number oid && !io.pgmicro.catalog.system.Privileges.existsByOid(object, oid.longValue(),
                access.catalog(), access.session().searchPath())) {
            return null;
        }
        return 1L;
    }

    /** txid_current(): one ID per transaction of this session, recognised by its start time; each new one is higher. */
    private static final class TransactionIds {
        private Instant start;
        private long id;

        synchronized long current(FunctionContext ctx) {
            Instant now = ctx.transactionTimestamp();
            if (!now.equals(start)) {
                start = now;
                id = TRANSACTION_IDS.incrementAndGet();
            }
            return id;
        }
    }

    /** A timestamptz storage value: the instant in UTC with trailing zeros of the fraction dropped. */
    private static String timestamptz(Instant instant) {
        String base = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC).format(instant);
        int micros = instant.getNano() / 1000;
        String fraction = micros == 0 ? "" : ("." + String.format("%06d", micros)).replaceAll("0+$", "");
        return base + fraction + "+00";
    }

    private static long num(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        return Long.parseLong(value.toString().trim());
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static boolean bool(Object value) {
        return value != null && num(value) != 0;
    }

    private static Object toStorage(Boolean b) {
        return b == null ? null : b ? 1L : 0L;
    }

    /** A strict function: NULL in any argument gives NULL without calling the body. */
    private static void define(Registrar r, String name, int nArgs, ScalarBody body) {
        defineLenient(r, name, nArgs, args -> StorageValues.anyNull(args) ? null : body.apply(args));
    }

    /** Catalog answers change with the session's catalog and settings, so none is deterministic. */
    private static void defineLenient(Registrar r, String name, int nArgs, ScalarBody body) {
        r.varying(name, nArgs, body);
    }
}

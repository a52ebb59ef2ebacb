package io.pgmicro.catalog.system;

/**
 * The fixed OIDs of the objects every pgmicro database has. Where PostgreSQL 15 gives
 * an object a fixed OID, it is the same here; user objects get theirs from the
 * catalog (16384 on), so none of these can collide with them.
 */
public final class ObjectIds {
    public static final int PG_CATALOG_NAMESPACE = 11;
    public static final int PG_TOAST_NAMESPACE = 99;
    public static final int PUBLIC_NAMESPACE = 2200;
    /** The bootstrap superuser, the one role sessions run as. */
    public static final int POSTGRES_ROLE = 10;
    /** Owner of the public schema since PostgreSQL 15. */
    public static final int PG_DATABASE_OWNER_ROLE = 6171;
    /** The database a session is connected to: PostgreSQL's "postgres" database has OID 5, and so has ours, whatever its name. */
    public static final int DATABASE = 5;
    public static final int DEFAULT_TABLESPACE = 1663;
    public static final int GLOBAL_TABLESPACE = 1664;
    public static final int HEAP_AM = 2;
    public static final int BTREE_AM = 403;
    public static final int HASH_AM = 405;
    public static final int DEFAULT_COLLATION = 100;
    public static final int C_COLLATION = 950;
    public static final int POSIX_COLLATION = 951;
    public static final int INTERNAL_LANGUAGE = 12;
    public static final int C_LANGUAGE = 13;
    public static final int SQL_LANGUAGE = 14;
    public static final int PLPGSQL_LANGUAGE = 13_563;
    public static final int PLPGSQL_EXTENSION = 13_559;

    /** pg_class OIDs of catalogs, for pg_description.classoid, pg_depend.classid and the like. */
    public static final int PG_CLASS = 1259;
    public static final int PG_TYPE = 1247;
    public static final int PG_PROC = 1255;
    public static final int PG_NAMESPACE = 2615;
    public static final int PG_CONSTRAINT = 2606;
    public static final int PG_DATABASE = 1262;
    public static final int PG_AUTHID = 1260;
    public static final int PG_REWRITE = 2618;
    public static final int PG_ATTRDEF = 2604;

    private ObjectIds() {
    }
}

package io.pgmicro.catalog.system;

/**
 * OIDs for catalog rows pgmicro does not store as objects of their own (column
 * defaults, enum labels, view rewrite rules). Each is computed from the OID of the
 * object it belongs to, so it is stable while that object lives, and the ranges lie
 * far above the OIDs the catalog hands out (16384 counting up), so they do not collide.
 */
final class DerivedOids {
    private static final long FIRST_USER_OID = 16_384;

    private DerivedOids() {
    }

    /** pg_attrdef.oid of a column default. */
    static long attrdef(int relationOid, int attnum) {
        return 2_000_000_000L + (relationOid - FIRST_USER_OID) * 1_600 + attnum;
    }

    /** pg_enum.oid of the n-th label (0-based) of an enum type. */
    static long enumLabel(int enumOid, int index) {
        return 1_800_000_000L + (enumOid - FIRST_USER_OID) * 1_000 + index;
    }

    /** pg_rewrite.oid of a view's _RETURN rule. */
    static long viewRule(int viewOid) {
        return 1_700_000_000L + viewOid;
    }
}

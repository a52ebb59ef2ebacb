package io.pgmicro.catalog;

import java.util.List;

/** A user-defined enum type: pg_type plus its pg_enum labels in sort order. */
public record EnumTypeDef(int oid, int arrayOid, String schema, String name, List<String> labels) {
}

package io.pgmicro.catalog;

import java.util.List;

/**
 * A composite type made by CREATE TYPE name AS (...): pg_type with typtype 'c', its array
 * type, and the pg_class row (relkind 'c') whose pg_attribute rows are its fields.
 *
 * @param classOid   the OID of its pg_class row (pg_type.typrelid)
 * @param attributes its fields in order
 */
public record CompositeTypeDef(int oid, int arrayOid, int classOid, String schema, String name,
                               List<Attribute> attributes) {
    public CompositeTypeDef {
        attributes = List.copyOf(attributes);
    }

    /** One field: its name, type and type modifier (-1 if none). */
    public record Attribute(String name, int typeOid, int typmod) {
    }

    public CompositeTypeDef withAttributes(List<Attribute> newAttributes) {
        return new CompositeTypeDef(oid, arrayOid, classOid, schema, name, newAttributes);
    }

    public CompositeTypeDef withName(String newName) {
        return new CompositeTypeDef(oid, arrayOid, classOid, schema, newName, attributes);
    }
}

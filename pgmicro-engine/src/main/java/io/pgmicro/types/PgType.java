package io.pgmicro.types;

import java.util.List;
import java.util.Objects;

/**
 * One PostgreSQL type as pg_type describes it, plus how pgmicro stores and prints
 * its values. Instances are immutable and compared by OID.
 */
public final class PgType {
    private final int oid;
    private final String name;
    private final short typlen;
    private final char category;
    private final boolean preferred;
    private final StorageClass storage;
    private final int elementOid;
    private final int arrayOid;
    private final TypeCodec codec;
    private final List<Field> fields;

    /** One field of a record whose layout is known, as (v).name selects it; typmod -1 when it has none. */
    public record Field(String name, PgType type, int typmod) {
        public Field(String name, PgType type) {
            this(name, type, -1);
        }
    }

    public PgType(int oid, String name, int typlen, char category, boolean preferred, StorageClass storage,
                  int elementOid, int arrayOid, TypeCodec codec) {
        this(oid, name, typlen, category, preferred, storage, elementOid, arrayOid, codec, List.of());
    }

    private PgType(int oid, String name, int typlen, char category, boolean preferred, StorageClass storage,
                   int elementOid, int arrayOid, TypeCodec codec, List<Field> fields) {
        this.oid = oid;
        this.name = name;
        this.typlen = (short) typlen;
        this.category = category;
        this.preferred = preferred;
        this.storage = storage;
        this.elementOid = elementOid;
        this.arrayOid = arrayOid;
        this.codec = codec;
        this.fields = List.copyOf(fields);
    }

    /**
     * This type with a known field layout: an anonymous record (a function's OUT columns)
     * is still the type record, but (v).x can then select its fields.
     */
    public PgType withFields(List<Field> newFields) {
        return new PgType(oid, name, typlen, category, preferred, storage, elementOid, arrayOid, codec, newFields);
    }

    /** The fields (v).name can select, empty when the layout is not known. */
    public List<Field> fields() {
        return fields;
    }

    public int oid() {
        return oid;
    }

    /** The pg_type.typname, e.g. "int4", "_text", "timestamptz". */
    public String name() {
        return name;
    }

    /** pg_type.typlen: bytes of a fixed-size value, -1 for varlena, -2 for C strings. */
    public short typlen() {
        return typlen;
    }

    /** pg_type.typcategory: 'N' numeric, 'S' string, 'B' boolean, 'D' date/time, 'T' timespan, 'A' array, 'E' enum, 'U' user ... */
    public char category() {
        return category;
    }

    /** pg_type.typispreferred, used by function and operator resolution. */
    public boolean preferred() {
        return preferred;
    }

    public StorageClass storage() {
        return storage;
    }

    /** The element type's OID for an array type, 0 otherwise. */
    public int elementOid() {
        return elementOid;
    }

    /** The OID of the array type over this type, 0 if there is none. */
    public int arrayOid() {
        return arrayOid;
    }

    public boolean isArray() {
        return elementOid != 0 && category == 'A';
    }

    public TypeCodec codec() {
        return codec;
    }

    public Object input(String text, int typmod, FormatContext ctx) {
        return codec.input(text, typmod, ctx);
    }

    public String output(Object storage, FormatContext ctx) {
        return storage == null ? null : codec.output(storage, ctx);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PgType other && other.oid == oid;
    }

    @Override
    public int hashCode() {
        return Objects.hash(oid);
    }

    @Override
    public String toString() {
        return name;
    }
}

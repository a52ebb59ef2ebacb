package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One relation of pg_catalog or information_schema: its PostgreSQL columns and the
 * producer of its rows. Rows are computed from the catalog when a query that reads
 * the relation is analyzed, as storage values (see io.pgmicro.types), with
 * {@link RuntimeValue} for the few cells only the running query knows.
 */
public final class SystemTable {
    /** Computes the rows of a system relation. */
    @FunctionalInterface
    public interface RowSource {
        void produce(CatalogSnapshot catalog, SessionInfo session, Rows out);
    }

    private final int oid;
    private final String schema;
    private final String name;
    private final char kind;
    private final List<SystemColumn> columns;
    private final RowSource source;

    SystemTable(int oid, String schema, String name, char kind, List<SystemColumn> columns, RowSource source) {
        this.oid = oid;
        this.schema = schema;
        this.name = name;
        this.kind = kind;
        this.columns = List.copyOf(columns);
        this.source = source;
    }

    /** The relation's OID in pg_class, as in PostgreSQL 15. */
    public int oid() {
        return oid;
    }

    public String schema() {
        return schema;
    }

    public String name() {
        return name;
    }

    /** 'r' for a catalog table, 'v' for a system view. */
    public char kind() {
        return kind;
    }

    public List<SystemColumn> columns() {
        return columns;
    }

    /** The rows, each an array of storage values (or RuntimeValues) in column order. */
    public List<Object[]> rows(CatalogSnapshot catalog, SessionInfo session) {
        Rows out = new Rows(this);
        source.produce(catalog, session, out);
        return Collections.unmodifiableList(new ArrayList<>(out.list()));
    }

    int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(schema + "." + name + " has no column " + column);
    }
}

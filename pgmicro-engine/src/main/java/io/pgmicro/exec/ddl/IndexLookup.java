package io.pgmicro.exec.ddl;

import io.pgmicro.catalog.IndexDef;
import io.pgmicro.catalog.RelationDef;
import java.util.List;

/** Finds an index by its possibly schema-qualified name: indexes live in their table's schema. */
record IndexLookup(RelationDef table, IndexDef index) {

    /** The index, or null; an unqualified name is looked for along the search path. */
    static IndexLookup find(DdlContext ddl, List<String> names) {
        String name = names.get(names.size() - 1);
        String schema = names.size() > 1 ? names.get(names.size() - 2) : null;
        List<String> schemas = schema != null ? List.of(schema) : ddl.analysis().searchPath();
        // the catalog as it is now: an earlier object of the same statement may have changed it
        var catalog = ddl.reload();
        for (String s : schemas) {
            for (RelationDef r : catalog.relations()) {
                if (!r.schema().equals(s)) {
                    continue;
                }
                for (IndexDef index : r.indexes()) {
                    if (index.name().equals(name)) {
                        return new IndexLookup(r, index);
                    }
                }
            }
        }
        return null;
    }
}

package io.pgmicro.exec.routines;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RoutineDef;
import java.util.ArrayList;
import java.util.List;

/** Finds user routines by name and exact input types, as DDL names them (DROP FUNCTION f(int)). */
final class RoutineLookup {
    private RoutineLookup() {
    }

    /** The routines named so in the given schema, or in the first schema of the path that has any. */
    static List<RoutineDef> named(CatalogSnapshot catalog, String schema, String name, List<String> searchPath) {
        List<RoutineDef> all = catalog.routines(name);
        if (schema != null) {
            return all.stream().filter(r -> r.schema().equals(schema)).toList();
        }
        for (String s : searchPath) {
            List<RoutineDef> inSchema = all.stream().filter(r -> r.schema().equals(s)).toList();
            if (!inSchema.isEmpty()) {
                return inSchema;
            }
        }
        return List.of();
    }

    static RoutineDef exact(CatalogSnapshot catalog, String schema, String name, List<Integer> inputTypes,
                            List<String> searchPath) {
        List<String> schemas = schema != null ? List.of(schema) : searchPath;
        for (String s : schemas) {
            for (RoutineDef r : catalog.routines(name)) {
                if (r.schema().equals(s) && r.inputTypeOids().equals(inputTypes)) {
                    return r;
                }
            }
        }
        return null;
    }

    /** "name(integer, text)", as PostgreSQL's messages name a routine a statement asked for. */
    static String signature(CatalogSnapshot catalog, String name, List<Integer> typeOids) {
        return signature(catalog, name, typeOids, ", ");
    }

    /** "name(integer,text)", as PostgreSQL describes an existing routine (format_procedure). */
    static String described(CatalogSnapshot catalog, String name, List<Integer> typeOids) {
        return signature(catalog, name, typeOids, ",");
    }

    private static String signature(CatalogSnapshot catalog, String name, List<Integer> typeOids, String separator) {
        List<String> types = new ArrayList<>();
        for (int oid : typeOids) {
            types.add(RoutineTypes.display(catalog.type(oid)));
        }
        return name + "(" + String.join(separator, types) + ")";
    }
}

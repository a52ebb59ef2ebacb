package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.EnumTypeDef;
import io.pgmicro.catalog.RelationDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an unqualified name reaches an object: PostgreSQL searches pg_catalog first
 * (unless search_path places it later), then the schemas of search_path, and an
 * object is visible when no earlier schema has one of the same name.
 */
final class Visibility {
    private Visibility() {
    }

    /** The schemas searched, in order, as PostgreSQL computes them from search_path. */
    static List<String> effectivePath(List<String> searchPath) {
        List<String> out = new ArrayList<>();
        if (!searchPath.contains("pg_catalog")) {
            out.add("pg_catalog");
        }
        for (String s : searchPath) {
            if (!s.equals("$user")) {
                out.add(s);
            }
        }
        return out;
    }

    static boolean relation(CatalogSnapshot catalog, List<String> searchPath, String schema, String name) {
        for (String s : effectivePath(searchPath)) {
            boolean here = s.equals("pg_catalog") || s.equals("information_schema")
                    ? SystemCatalog.lookup(s, name) != null
                    : catalog.relation(s, name) != null || indexIn(catalog, s, name) || compositeIn(catalog, s, name);
            if (here) {
                return s.equals(schema);
            }
        }
        return false;
    }

    private static boolean compositeIn(CatalogSnapshot catalog, String schema, String name) {
        var type = catalog.findUserType(schema, name, List.of());
        return type != null && catalog.composite(type.oid()) != null;
    }

    private static boolean indexIn(CatalogSnapshot catalog, String schema, String name) {
        for (UserObjects.TableIndex ti : UserObjects.indexes(catalog)) {
            if (ti.table().schema().equals(schema) && ti.index().name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean type(CatalogSnapshot catalog, List<String> searchPath, EnumTypeDef type) {
        for (String s : effectivePath(searchPath)) {
            if (s.equals("pg_catalog") && io.pgmicro.types.Types.byName(type.name()) != null) {
                return false;
            }
            if (catalog.findUserType(s, type.name(), List.of()) != null) {
                return s.equals(type.schema());
            }
        }
        return false;
    }

    /** The name a relation is printed with: bare when visible, schema-qualified otherwise. */
    static String relationName(CatalogSnapshot catalog, List<String> searchPath, RelationDef r) {
        String bare = ExpressionPrinter.quoteIdent(r.name());
        return relation(catalog, searchPath, r.schema(), r.name()) ? bare
                : ExpressionPrinter.quoteIdent(r.schema()) + "." + bare;
    }
}

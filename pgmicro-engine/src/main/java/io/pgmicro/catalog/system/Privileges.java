package io.pgmicro.catalog.system;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RelationDef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * has_table_privilege and its kin. Every session runs as the superuser, who holds every
 * privilege, so the answer is true; what PostgreSQL still checks is done here as it does
 * it: the object named must exist, the privilege list must name privileges of that kind
 * of object ("SELECT, UPDATE WITH GRANT OPTION"), and a user named must exist.
 */
public final class Privileges {
    private static final Map<String, Set<String>> BY_OBJECT = Map.of(
            "table", Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"),
            "schema", Set.of("CREATE", "USAGE"),
            "database", Set.of("CREATE", "CONNECT", "TEMPORARY", "TEMP"),
            "sequence", Set.of("USAGE", "SELECT", "UPDATE"),
            "function", Set.of("EXECUTE"),
            "column", Set.of("SELECT", "INSERT", "UPDATE", "REFERENCES"));

    private Privileges() {
    }

    /** Checks a privilege list for an object kind ("table", "schema" ...), as PostgreSQL's convert_*_priv_string. */
    public static void checkNames(String object, String privileges) {
        for (String part : privileges.split(",", -1)) {
            String name = part.trim().toUpperCase(Locale.ROOT);
            if (name.endsWith(" WITH GRANT OPTION")) {
                name = name.substring(0, name.length() - " WITH GRANT OPTION".length()).trim();
            }
            if (!BY_OBJECT.get(object).contains(name)) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "unrecognized privilege type: \"" + part.trim() + "\"");
            }
        }
    }

    /** The role a three-argument form names: only "postgres" exists. */
    public static void checkRole(String role) {
        if (!role.equals("postgres")) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "role \"" + role + "\" does not exist");
        }
    }

    /** Whether the object an OID form names exists; PostgreSQL answers NULL for one that does not. */
    public static boolean existsByOid(String object, long oid, CatalogSnapshot catalog, List<String> searchPath) {
        CatalogLookups lookups = new CatalogLookups(catalog, searchPath);
        return switch (object) {
            case "table", "sequence", "column" -> !lookups.relationName(oid).equals(Long.toString(oid));
            case "schema" -> lookups.namespaceName(oid) != null;
            case "function" -> lookups.functionName(oid) != null;
            default -> true;
        };
    }

    /**
     * Checks that the object named by text exists (tables and sequences as regclass reads
     * them, already split into schema and name); databases are checked against the
     * cluster's, when the session has one.
     */
    public static void checkExists(String object, String schema, String name, String written, CatalogSnapshot catalog,
                                   List<String> searchPath, List<ClusterDatabase> cluster) {
        CatalogLookups lookups = new CatalogLookups(catalog, searchPath);
        switch (object) {
            case "table", "sequence" -> {
                Long oid = lookups.relationOid(schema, name);
                if (oid == null) {
                    throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + written + "\" does not exist");
                }
                RelationDef r = catalog.relation(oid.intValue());
                if (object.equals("sequence") && (r == null || r.kind() != 'S')) {
                    throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + written + "\" is not a sequence");
                }
            }
            case "schema" -> {
                if (lookups.namespaceOid(name) == null && !name.equals("information_schema")) {
                    throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + name + "\" does not exist");
                }
            }
            case "database" -> {
                if (!cluster.isEmpty() && cluster.stream().noneMatch(d -> d.name().equals(name))) {
                    throw new PgException(SqlState.UNDEFINED_DATABASE, "database \"" + name + "\" does not exist");
                }
            }
            default -> {
                // functions and columns: their names are not checked yet
            }
        }
    }
}

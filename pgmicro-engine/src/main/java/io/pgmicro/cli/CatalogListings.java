package io.pgmicro.cli;

import io.pgmicro.PgException;
import java.util.ArrayList;
import java.util.List;

/**
 * psql's \l, \du, \dT and \df: the databases, roles, user data types and user
 * functions, from pg_catalog, in psql 15's layout. With a name pattern, \l, \dT and
 * \df list what matches it, the system's objects too, as psql does.
 */
final class CatalogListings {
    private final Shell shell;

    CatalogListings(Shell shell) {
        this.shell = shell;
    }

    /** Runs \l, \du, \dT or \df; returns false when a catalog query failed. */
    boolean run(String command, List<String> args) {
        Describe.NamePattern pattern = args.isEmpty() ? null : Describe.NamePattern.parse(args.get(0));
        try {
            switch (command) {
                case "l", "list" -> databases(pattern);
                case "du", "dg" -> roles();
                case "dT" -> types(pattern);
                default -> functions(pattern);
            }
            return true;
        } catch (PgException e) {
            shell.output().err(ServerMessage.of(e).format(null));
            return false;
        }
    }

    private void databases(Describe.NamePattern pattern) {
        List<String[]> rows = CatalogQuery.rows(shell, "SELECT d.datname, pg_catalog.pg_get_userbyid(d.datdba),"
                + " pg_catalog.pg_encoding_to_char(d.encoding), d.datcollate, d.datctype, d.daticulocale,"
                + " CASE d.datlocprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' END,"
                + " pg_catalog.array_to_string(d.datacl, E'\\n') FROM pg_catalog.pg_database d"
                + (pattern == null ? "" : " WHERE " + pattern.matchesName("d.datname")) + " ORDER BY 1");
        CatalogQuery.print(shell, new AlignedTable("List of databases", List.of("Name", "Owner", "Encoding", "Collate",
                "Ctype", "ICU Locale", "Locale Provider", "Access privileges"), new boolean[8]), rows);
    }

    private void roles() {
        List<String[]> found = CatalogQuery.rows(shell, "SELECT r.rolname, r.rolsuper, r.rolinherit, r.rolcreaterole,"
                + " r.rolcreatedb, r.rolcanlogin, r.rolconnlimit, r.rolvaliduntil,"
                + " ARRAY(SELECT b.rolname FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles b"
                + " ON m.roleid = b.oid WHERE m.member = r.oid), r.rolreplication, r.rolbypassrls"
                + " FROM pg_catalog.pg_roles r WHERE r.rolname !~ '^pg_' ORDER BY 1");
        List<String[]> rows = new ArrayList<>();
        for (String[] r : found) {
            rows.add(new String[] {r[0], attributes(r), r[8]});
        }
        // psql prints \du without a row count
        CatalogQuery.print(shell, new AlignedTable("List of roles", List.of("Role name", "Attributes", "Member of"),
                new boolean[3]).footers(List.of()), rows);
    }

    /** The Attributes column of \du, which psql composes from the role's flags. */
    private static String attributes(String[] r) {
        List<String> out = new ArrayList<>();
        if (r[1].equals("t")) {
            out.add("Superuser");
        }
        if (r[2].equals("f")) {
            out.add("No inheritance");
        }
        if (r[3].equals("t")) {
            out.add("Create role");
        }
        if (r[4].equals("t")) {
            out.add("Create DB");
        }
        if (r[5].equals("f")) {
            out.add("Cannot login");
        }
        if (r[9].equals("t")) {
            out.add("Replication");
        }
        if (r[10].equals("t")) {
            out.add("Bypass RLS");
        }
        String text = String.join(", ", out);
        if (!r[6].equals("-1")) {
            text += (text.isEmpty() ? "" : "\n") + (r[6].equals("1") ? "1 connection" : r[6] + " connections");
        }
        if (r[7] != null) {
            text += (text.isEmpty() ? "" : "\n") + "Password valid until " + r[7];
        }
        return text;
    }

    private void types(Describe.NamePattern pattern) {
        String visible = "pg_catalog.pg_type_is_visible(t.oid)";
        String filter = pattern == null ? "n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema' AND " + visible
                : pattern.condition("n.nspname", "(" + pattern.matchesName("t.typname") + " OR "
                        + pattern.matchesName("pg_catalog.format_type(t.oid, NULL)") + ")", visible);
        List<String[]> rows = CatalogQuery.rows(shell, "SELECT n.nspname, pg_catalog.format_type(t.oid, NULL),"
                + " pg_catalog.obj_description(t.oid, 'pg_type') FROM pg_catalog.pg_type t"
                + " LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE (t.typrelid = 0 OR (SELECT c.relkind = 'c' FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid))"
                + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type el WHERE el.oid = t.typelem AND el.typarray = t.oid)"
                + " AND " + filter + " ORDER BY 1, 2");
        CatalogQuery.print(shell, new AlignedTable("List of data types", List.of("Schema", "Name", "Description"),
                new boolean[3]), rows);
    }

    private void functions(Describe.NamePattern pattern) {
        String visible = "pg_catalog.pg_function_is_visible(p.oid)";
        String filter = pattern == null ? visible + " AND n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema'"
                : pattern.condition("n.nspname", pattern.matchesName("p.proname"), visible);
        List<String[]> rows = CatalogQuery.rows(shell, "SELECT n.nspname, p.proname,"
                + " pg_catalog.pg_get_function_result(p.oid), pg_catalog.pg_get_function_arguments(p.oid),"
                + " CASE p.prokind WHEN 'a' THEN 'agg' WHEN 'w' THEN 'window' WHEN 'p' THEN 'proc' ELSE 'func' END"
                + " FROM pg_catalog.pg_proc p LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
                + " WHERE " + filter + " ORDER BY 1, 2, 4");
        CatalogQuery.print(shell, new AlignedTable("List of functions", List.of("Schema", "Name", "Result data type",
                "Argument data types", "Type"), new boolean[5]), rows);
    }
}

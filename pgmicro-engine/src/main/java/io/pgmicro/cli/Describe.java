package io.pgmicro.cli;

import io.pgmicro.PgException;
import java.util.ArrayList;
import java.util.List;

/**
 * psql's describe commands \d, \dt, \di, \dv, \ds and \dn, answered by querying
 * pg_catalog through the session as psql does, and printed in psql 15's layout.
 */
final class Describe {
    private static final String RELKIND_NAME = """
            CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' \
            WHEN 'i' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 't' THEN 'TOAST table' \
            WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END""";

    private final Shell shell;

    Describe(Shell shell) {
        this.shell = shell;
    }

    /** Runs \d, \dt, \di, \dv, \ds or \dn; returns false when a catalog query failed. */
    boolean run(String command, List<String> args) {
        String pattern = args.isEmpty() ? null : args.get(0);
        try {
            return switch (command) {
                case "dn" -> listSchemas(pattern);
                case "dt" -> listRelations("'r','p'", pattern, false);
                case "di" -> listRelations("'i','I'", pattern, true);
                case "dv" -> listRelations("'v'", pattern, false);
                case "ds" -> listRelations("'S'", pattern, false);
                default -> pattern == null ? listRelations("'r','p','v','m','S','f'", null, false) : describe(pattern);
            };
        } catch (PgException e) {
            shell.output().err(ServerMessage.of(e).format(null));
            return false;
        }
    }

    private boolean listSchemas(String pattern) {
        String filter = pattern == null
                ? "n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'"
                : NamePattern.parse(pattern).condition(null, "n.nspname");
        List<String[]> rows = query("SELECT n.nspname AS \"Name\", pg_catalog.pg_get_userbyid(n.nspowner) AS \"Owner\" "
                + "FROM pg_catalog.pg_namespace n WHERE " + filter + " ORDER BY 1");
        print(new AlignedTable("List of schemas", List.of("Name", "Owner"), new boolean[2]), rows);
        return true;
    }

    private boolean listRelations(String relkinds, String pattern, boolean withTable) {
        StringBuilder sql = new StringBuilder("SELECT n.nspname AS \"Schema\", c.relname AS \"Name\", ")
                .append(RELKIND_NAME).append(" AS \"Type\", pg_catalog.pg_get_userbyid(c.relowner) AS \"Owner\"");
        if (withTable) {
            sql.append(", c2.relname AS \"Table\"");
        }
        sql.append(" FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace");
        if (withTable) {
            sql.append(" LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid")
               .append(" LEFT JOIN pg_catalog.pg_class c2 ON i.indrelid = c2.oid");
        }
        sql.append(" WHERE c.relkind IN (").append(relkinds).append(") AND ");
        if (pattern == null) {
            sql.append("n.nspname <> 'pg_catalog' AND n.nspname !~ '^pg_toast' AND n.nspname <> 'information_schema'"
                    + " AND pg_catalog.pg_table_is_visible(c.oid)");
        } else {
            sql.append(NamePattern.parse(pattern).condition("n.nspname", "c.relname"));
        }
        sql.append(" ORDER BY 1, 2");
        List<String[]> rows = query(sql.toString());
        if (rows.isEmpty() && !shell.isQuiet()) {
            // psql reports an empty listing, except under -q, where it prints the empty table
            shell.reportError(pattern == null ? "Did not find any relations."
                    : "Did not find any relation named \"" + pattern + "\".");
            return true;
        }
        List<String> headers = new ArrayList<>(List.of("Schema", "Name", "Type", "Owner"));
        if (withTable) {
            headers.add("Table");
        }
        print(new AlignedTable("List of relations", headers, new boolean[headers.size()]), rows);
        return true;
    }

    /** \d NAME: the columns of each matching table or view, with its indexes and constraints. */
    private boolean describe(String pattern) {
        List<String[]> relations = query("SELECT c.oid, n.nspname, c.relname, c.relkind FROM pg_catalog.pg_class c "
                + "LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE "
                + NamePattern.parse(pattern).condition("n.nspname", "c.relname") + " ORDER BY 2, 3");
        if (relations.isEmpty()) {
            if (!shell.isQuiet()) {
                shell.reportError("Did not find any relation named \"" + pattern + "\".");
            }
            return false;
        }
        boolean ok = true;
        for (String[] relation : relations) {
            String kind = relation[3];
            if (!kind.equals("r") && !kind.equals("p") && !kind.equals("v") && !kind.equals("m") && !kind.equals("c")) {
                shell.reportError("\\d of " + describeKind(kind) + " \"" + relation[1] + "." + relation[2]
                        + "\" is not supported by pgmicro yet");
                ok = false;
                continue;
            }
            describeRelation(relation[0], relation[1], relation[2], kind);
        }
        return ok;
    }

    private void describeRelation(String oid, String schema, String name, String kind) {
        List<String[]> columns = query("SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), "
                + "(SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true) FROM pg_catalog.pg_attrdef d "
                + "WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef), "
                + "a.attnotnull, a.attidentity, a.attgenerated "
                + "FROM pg_catalog.pg_attribute a WHERE a.attrelid = " + oid
                + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum");
        String title = (kind.equals("v") ? "View" : kind.equals("m") ? "Materialized view"
                : kind.equals("p") ? "Partitioned table" : kind.equals("c") ? "Composite type" : "Table")
                + " \"" + schema + "." + name + "\"";
        AlignedTable table = new AlignedTable(title, List.of("Column", "Type", "Collation", "Nullable", "Default"),
                new boolean[5]);
        for (String[] column : columns) {
            table.addRow(column[0], column[1], "", column[3].equals("t") ? "not null" : "", defaultText(column));
        }
        List<String> footers = kind.equals("v") || kind.equals("c") ? List.of() : constraintFooters(oid);
        shell.output().out(table.footers(footers).render());
    }

    private static String defaultText(String[] column) {
        String identity = column[4] == null ? "" : column[4];
        String generated = column[5] == null ? "" : column[5];
        if (identity.equals("a")) {
            return "generated always as identity";
        }
        if (identity.equals("d")) {
            return "generated by default as identity";
        }
        if (generated.equals("s")) {
            return "generated always as (" + column[2] + ") stored";
        }
        return column[2] == null ? "" : column[2];
    }

    private List<String> constraintFooters(String oid) {
        List<String> footers = new ArrayList<>();
        List<String[]> indexes = query("SELECT c2.relname, i.indisprimary, i.indisunique, "
                + "pg_catalog.pg_get_indexdef(i.indexrelid, 0, true), con.contype, con.condeferrable, con.condeferred "
                + "FROM pg_catalog.pg_class c2 JOIN pg_catalog.pg_index i ON i.indexrelid = c2.oid "
                + "LEFT JOIN pg_catalog.pg_constraint con ON (con.conrelid = i.indrelid AND con.conindid = i.indexrelid "
                + "AND con.contype IN ('p','u','x')) WHERE i.indrelid = " + oid
                + " ORDER BY i.indisprimary DESC, c2.relname");
        if (!indexes.isEmpty()) {
            footers.add("Indexes:");
            for (String[] index : indexes) {
                String kind = index[1].equals("t") ? " PRIMARY KEY,"
                        : index[2].equals("t") ? ("u".equals(index[4]) ? " UNIQUE CONSTRAINT," : " UNIQUE,") : "";
                String definition = index[3];
                int using = definition.indexOf(" USING ");
                String deferral = !"t".equals(index[5]) ? "" : "t".equals(index[6]) ? " DEFERRABLE INITIALLY DEFERRED"
                        : " DEFERRABLE";
                footers.add("    \"" + index[0] + "\"" + kind + " " + (using >= 0 ? definition.substring(using + 7) : definition)
                        + deferral);
            }
        }
        addConstraints(footers, "Check constraints:", "SELECT r.conname, pg_catalog.pg_get_constraintdef(r.oid, true) "
                + "FROM pg_catalog.pg_constraint r WHERE r.conrelid = " + oid + " AND r.contype = 'c' ORDER BY 1", false);
        addConstraints(footers, "Foreign-key constraints:", "SELECT r.conname, pg_catalog.pg_get_constraintdef(r.oid, true) "
                + "FROM pg_catalog.pg_constraint r WHERE r.conrelid = " + oid + " AND r.contype = 'f' ORDER BY 1", false);
        addConstraints(footers, "Referenced by:", "SELECT c.conname, pg_catalog.pg_get_constraintdef(c.oid, true), "
                + "c.conrelid::pg_catalog.regclass FROM pg_catalog.pg_constraint c WHERE c.confrelid = " + oid
                + " AND c.contype = 'f' ORDER BY 1", true);
        addTriggers(footers, oid);
        return footers;
    }

    /** The Triggers: footer, and Disabled user triggers: for those ALTER TABLE ... DISABLE TRIGGER turned off. */
    private void addTriggers(List<String> footers, String oid) {
        List<String[]> triggers = query("SELECT t.tgname, pg_catalog.pg_get_triggerdef(t.oid, true), t.tgenabled"
                + " FROM pg_catalog.pg_trigger t WHERE t.tgrelid = " + oid + " AND NOT t.tgisinternal ORDER BY 1");
        for (boolean enabled : new boolean[] {true, false}) {
            String heading = enabled ? "Triggers:" : "Disabled user triggers:";
            for (String[] t : triggers) {
                if (t[2].equals("D") == enabled) {
                    continue;
                }
                if (heading != null) {
                    footers.add(heading);
                    heading = null;
                }
                // psql shows the definition from after CREATE TRIGGER
                String definition = t[1];
                int name = definition.indexOf(" TRIGGER ");
                footers.add("    " + (name >= 0 ? definition.substring(name + 9) : definition));
            }
        }
    }

    private void addConstraints(List<String> footers, String heading, String sql, boolean referencing) {
        List<String[]> rows = query(sql);
        if (rows.isEmpty()) {
            return;
        }
        footers.add(heading);
        for (String[] row : rows) {
            footers.add(referencing
                    ? "    TABLE \"" + row[2] + "\" CONSTRAINT \"" + row[0] + "\" " + row[1]
                    : "    \"" + row[0] + "\" " + row[1]);
        }
    }

    private static String describeKind(String relkind) {
        return switch (relkind) {
            case "i", "I" -> "index";
            case "S" -> "sequence";
            default -> "relation";
        };
    }

    private void print(AlignedTable table, List<String[]> rows) {
        CatalogQuery.print(shell, table, rows);
    }

    private List<String[]> query(String sql) {
        return CatalogQuery.rows(shell, sql);
    }

    /**
     * A psql name pattern, [schema.]name: unquoted parts fold to lower case, "quoted"
     * parts keep their case, and * and ? match any characters and any one character.
     */
    record NamePattern(String schema, String name) {

        static NamePattern parse(String pattern) {
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '"') {
                    if (quoted && i + 1 < pattern.length() && pattern.charAt(i + 1) == '"') {
                        part.append('"');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (c == '.' && !quoted) {
                    parts.add(part.toString());
                    part.setLength(0);
                } else if (quoted) {
                    // quoted wildcards are literal characters
                    part.append(c == '*' || c == '?' ? "\\" + c : String.valueOf(c));
                } else {
                    part.append(Character.toLowerCase(c));
                }
            }
            parts.add(part.toString());
            return parts.size() == 1 ? new NamePattern(null, parts.get(0))
                    : new NamePattern(parts.get(parts.size() - 2), parts.get(parts.size() - 1));
        }

        /**
         * The WHERE condition; without a schema the name must be visible on the search_path.
         *
         * @param schemaColumn the schema name column, or null when matching schemas themselves
         */
        String condition(String schemaColumn, String nameColumn) {
            return condition(schemaColumn, match(nameColumn, name), "pg_catalog.pg_table_is_visible(c.oid)");
        }

        /**
         * The WHERE condition for other objects than relations: the name condition (see
         * {@link #matchesName}), then the schema's, or without one the visibility test.
         */
        String condition(String schemaColumn, String nameCondition, String visible) {
            StringBuilder sql = new StringBuilder(nameCondition);
            if (schemaColumn != null) {
                sql.append(schema == null ? " AND " + visible : " AND " + match(schemaColumn, schema));
            }
            return sql.toString();
        }

        /** Whether the value of a column (or expression) matches the name part. */
        String matchesName(String column) {
            return match(column, name);
        }

        private static String match(String column, String pattern) {
            if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
                return column + " = " + SqlQuoting.literal(pattern.replace("\\*", "*").replace("\\?", "?"));
            }
            StringBuilder regex = new StringBuilder("^(");
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '\\' && i + 1 < pattern.length()) {
                    regex.append('\\').append(pattern.charAt(++i));
                } else if (c == '*') {
                    regex.append(".*");
                } else if (c == '?') {
                    regex.append('.');
                } else if ("$()[]{}^+|.".indexOf(c) >= 0) {
                    regex.append('\\').append(c);
                } else {
                    regex.append(c);
                }
            }
            return column + " ~ " + SqlQuoting.literal(regex.append(")$").toString()).trim();
        }
    }
}

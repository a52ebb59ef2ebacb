package io.pgmicro.analyze;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.system.ClusterDatabase;
import io.pgmicro.catalog.system.PreparedStatementInfo;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * What analysis of one statement needs from its session: the catalog, the search
 * path, the format settings, and the types of $n parameters (given by the client or
 * inferred here, as PostgreSQL infers unspecified parameter types).
 */
public final class AnalysisContext {
    private final CatalogSnapshot catalog;
    private final List<String> searchPath;
    private final FormatContext format;
    private final List<PgType> parameterTypes;
    private final String statementText;
    /** False for the simple query protocol, where $n has nothing to refer to. */
    private final boolean parametersAllowed;
    private final List<ClusterDatabase> cluster;
    /** The session's own schema for temporary objects (pg_temp_N), which may not exist yet; null without a session. */
    private final String tempSchema;
    /** The views whose queries are being expanded into the statement, innermost last. */
    private final java.util.Set<Integer> expandingViews = new java.util.HashSet<>();
    /** The session's prepared statements, for pg_prepared_statements. */
    private List<PreparedStatementInfo> preparedStatements = List.of();
    /** The session's open cursors, for pg_cursors. */
    private List<io.pgmicro.catalog.system.CursorInfo> cursors = List.of();

    public AnalysisContext(CatalogSnapshot catalog, List<String> searchPath, FormatContext format,
                           List<PgType> declaredParameterTypes, String statementText) {
        this(catalog, searchPath, format, declaredParameterTypes, statementText, List.of(), null);
    }

    /** @param cluster the databases of the server the session belongs to (empty outside a server) */
    public AnalysisContext(CatalogSnapshot catalog, List<String> searchPath, FormatContext format,
                           List<PgType> declaredParameterTypes, String statementText, List<ClusterDatabase> cluster) {
        this(catalog, searchPath, format, declaredParameterTypes, statementText, cluster, null);
    }

    /** @param tempSchema the session's schema for temporary objects, or null */
    public AnalysisContext(CatalogSnapshot catalog, List<String> searchPath, FormatContext format,
                           List<PgType> declaredParameterTypes, String statementText, List<ClusterDatabase> cluster,
                           String tempSchema) {
        this.cluster = List.copyOf(cluster);
        this.catalog = catalog;
        this.searchPath = withTempSchema(searchPath, tempSchema, catalog);
        this.format = format;
        this.parameterTypes = new ArrayList<>(declaredParameterTypes == null ? List.of() : declaredParameterTypes);
        this.statementText = statementText;
        this.parametersAllowed = declaredParameterTypes != null;
        this.tempSchema = tempSchema;
    }

    /**
     * As in PostgreSQL, the session's temporary schema is searched first (or where the
     * path names pg_temp), once it exists.
     */
    private static List<String> withTempSchema(List<String> path, String tempSchema, CatalogSnapshot catalog) {
        if (tempSchema == null || !catalog.hasSchema(tempSchema)) {
            return path;
        }
        List<String> out = new ArrayList<>();
        for (String s : path) {
            out.add(s.equals("pg_temp") ? tempSchema : s);
        }
        if (!out.contains(tempSchema)) {
            out.add(0, tempSchema);
        }
        return out;
    }

    /** The same context over another catalog snapshot (after DDL changed it). */
    public AnalysisContext withCatalog(CatalogSnapshot newCatalog) {
        return new AnalysisContext(newCatalog, searchPath, format, parametersAllowed ? parameterTypes : null, statementText,
                cluster, tempSchema).withPreparedStatements(preparedStatements).withCursors(cursors);
    }

    /** This context, seeing these prepared statements of its session. */
    public AnalysisContext withPreparedStatements(List<PreparedStatementInfo> statements) {
        this.preparedStatements = List.copyOf(statements);
        return this;
    }

    /** This context, seeing these open cursors of its session. */
    public AnalysisContext withCursors(List<io.pgmicro.catalog.system.CursorInfo> open) {
        this.cursors = List.copyOf(open);
        return this;
    }

    public List<io.pgmicro.catalog.system.CursorInfo> cursors() {
        return cursors;
    }

    public List<PreparedStatementInfo> preparedStatements() {
        return preparedStatements;
    }

    /** The databases pg_database lists. */
    public List<ClusterDatabase> clusterDatabases() {
        return cluster;
    }

    public String tempSchema() {
        return tempSchema;
    }

    public CatalogSnapshot catalog() {
        return catalog;
    }

    public List<String> searchPath() {
        return searchPath;
    }

    /** The schema new objects go to: the first schema of the search path that exists (never the temporary one). */
    public String creationSchema() {
        for (String s : searchPath) {
            if (catalog.hasSchema(s) && !s.equals("pg_catalog") && !s.equals(tempSchema)) {
                return s;
            }
        }
        return null;
    }

    public boolean parametersAllowed() {
        return parametersAllowed;
    }

    public FormatContext format() {
        return format;
    }

    public String statementText() {
        return statementText;
    }

    /** The type of parameter $n (1-based), or null while it is still open. */
    public PgType parameterType(int n) {
        if (n > parameterTypes.size()) {
            return null;
        }
        PgType t = parameterTypes.get(n - 1);
        return t == null || t.oid() == Types.UNKNOWN.oid() ? null : t;
    }

    public void inferParameterType(int n, PgType type) {
        while (parameterTypes.size() < n) {
            parameterTypes.add(null);
        }
        parameterTypes.set(n - 1, type);
    }

    public void noteParameter(int n) {
        while (parameterTypes.size() < n) {
            parameterTypes.add(null);
        }
    }

    /** Marks a view as being expanded; false when it already is (a view whose query refers to itself). */
    public boolean enterView(int oid) {
        return expandingViews.add(oid);
    }

    public void leaveView(int oid) {
        expandingViews.remove(oid);
    }

    /** The parameter types after analysis; those no context decided are text, as in PostgreSQL. */
    public List<PgType> resolvedParameterTypes() {
        List<PgType> out = new ArrayList<>();
        for (PgType t : parameterTypes) {
            out.add(t == null || t.oid() == Types.UNKNOWN.oid() ? Types.TEXT : t);
        }
        return out;
    }
}

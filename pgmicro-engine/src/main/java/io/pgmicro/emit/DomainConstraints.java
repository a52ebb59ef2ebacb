package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.analyze.RangeItem;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.ScopeColumn;
import io.pgmicro.catalog.DomainDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The constraints of a domain as SQLite conditions, in the order PostgreSQL checks them:
 * NOT NULL first, then the CHECKs of the outermost base domain before those declared over
 * it, each domain's by name. Casts check them inline; columns of a domain carry them as
 * table CHECK constraints whose names say which domain constraint failed.
 */
public final class DomainConstraints {
    private static final String MARKER = "pgmicro_domain:";

    private DomainConstraints() {
    }

    /** One constraint: the condition a value must meet, and the error when it does not. */
    public record Rule(String condition, PgException error, String constraintName) {
    }

    /**
     * @param chain    the domain and those it is declared over, innermost first
     * @param valueSql the SQLite expression VALUE stands for
     */
    public static List<Rule> rules(List<DomainDef> chain, String valueSql, AnalysisContext ctx) {
        List<Rule> rules = new ArrayList<>();
        if (chain.isEmpty()) {
            return rules;
        }
        DomainDef named = chain.get(0);
        for (DomainDef d : chain) {
            if (d.notNull()) {
                rules.add(new Rule(valueSql + " IS NOT NULL", notNull(named), MARKER + named.oid() + ":"));
                break;
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            DomainDef d = chain.get(i);
            List<DomainDef.Check> checks = new ArrayList<>(d.checks());
            checks.sort(Comparator.comparing(DomainDef.Check::name));
            for (DomainDef.Check c : checks) {
                // PostgreSQL names the domain the value becomes, even for a check of one it is declared over
                rules.add(new Rule(condition(d, c.expr(), valueSql, ctx), violation(named.name(), c.name()),
                        MARKER + named.oid() + ":" + c.name()));
            }
        }
        return rules;
    }

    /** A CHECK expression over VALUE as a SQLite condition on {@code valueSql}. */
    public static String condition(DomainDef domain, String checkExpr, String valueSql, AnalysisContext ctx) {
        Scope scope = new Scope(null);
        scope.add(RangeItem.simple(null, List.of(new ScopeColumn("value", ctx.catalog().type(domain.baseTypeOid()),
                domain.baseTypmod(), valueSql, 0, 0))));
        return new ExprTranslator(ctx, new QueryTranslator(ctx))
                .condition(DmlTranslator.parseExpression(checkExpr), scope, "CHECK").sql();
    }

    /** A value becoming the domain (a cast): the value itself, or the first constraint's error. */
    static String checked(String valueSql, List<DomainDef> chain, AnalysisContext ctx) {
        List<Rule> rules = rules(chain, "_pgmicro_value", ctx);
        if (rules.isEmpty()) {
            return valueSql;
        }
        StringBuilder sql = new StringBuilder("(SELECT CASE");
        for (Rule r : rules) {
            sql.append(" WHEN NOT (").append(r.condition()).append(") THEN pg_raise(")
                    .append(SqlText.literal(r.error().sqlState())).append(", ")
                    .append(SqlText.literal(r.error().getMessage())).append(")");
        }
        return sql.append(" ELSE _pgmicro_value END FROM (SELECT ").append(valueSql).append(" AS _pgmicro_value))").toString();
    }

    /**
     * The error a failed SQLite CHECK stands for when it is a domain constraint of a column
     * (see {@link #rules}), or null for a table's own CHECK.
     */
    public static PgException violationOf(String sqliteConstraint, io.pgmicro.catalog.CatalogSnapshot catalog) {
        if (!sqliteConstraint.startsWith(MARKER)) {
            return null;
        }
        String rest = sqliteConstraint.substring(MARKER.length());
        int colon = rest.indexOf(':');
        DomainDef d = colon < 0 ? null : catalog.domain(Integer.parseInt(rest.substring(0, colon)));
        if (d == null) {
            return new PgException(SqlState.CHECK_VIOLATION, "value violates a domain constraint");
        }
        String check = rest.substring(colon + 1);
        return check.isEmpty() ? notNull(d) : violation(d.name(), check);
    }

    private static PgException notNull(DomainDef d) {
        return new PgException(SqlState.NOT_NULL_VIOLATION, "domain " + d.name() + " does not allow null values");
    }

    private static PgException violation(String domain, String check) {
        return new PgException(SqlState.CHECK_VIOLATION, "value for domain " + domain + " violates check constraint \""
                + check + "\"");
    }
}

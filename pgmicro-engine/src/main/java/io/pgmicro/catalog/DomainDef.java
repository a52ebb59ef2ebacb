package io.pgmicro.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A domain (pg_type with typtype 'd'): a base type plus NOT NULL, CHECK constraints and a
 * default. Values of a domain are stored and computed as the base type; its constraints
 * are checked wherever a value becomes the domain (a cast, or a column of the domain).
 *
 * @param baseTypeOid the underlying built-in or enum type (never a domain: see {@code parentOid})
 * @param parentOid   the domain this one is declared over, 0 when declared over a plain type
 * @param defaultExpr the DEFAULT as PostgreSQL source text, or null
 * @param checks      CHECK constraints over VALUE, in creation order
 */
public record DomainDef(int oid, String schema, String name, int baseTypeOid, int baseTypmod, int parentOid,
                        boolean notNull, String defaultExpr, List<Check> checks) {

    /** A named CHECK constraint of a domain (pg_constraint with contypid). */
    public record Check(int oid, String name, String expr) {
    }

    public DomainDef withNotNull(boolean value) {
        return new DomainDef(oid, schema, name, baseTypeOid, baseTypmod, parentOid, value, defaultExpr, checks);
    }

    public DomainDef withDefault(String expr) {
        return new DomainDef(oid, schema, name, baseTypeOid, baseTypmod, parentOid, notNull, expr, checks);
    }

    public DomainDef withCheck(Check check) {
        List<Check> all = new ArrayList<>(checks);
        all.add(check);
        return new DomainDef(oid, schema, name, baseTypeOid, baseTypmod, parentOid, notNull, defaultExpr, all);
    }

    public DomainDef withoutCheck(String checkName) {
        List<Check> rest = new ArrayList<>(checks);
        rest.removeIf(c -> c.name().equals(checkName));
        return new DomainDef(oid, schema, name, baseTypeOid, baseTypmod, parentOid, notNull, defaultExpr, rest);
    }
}

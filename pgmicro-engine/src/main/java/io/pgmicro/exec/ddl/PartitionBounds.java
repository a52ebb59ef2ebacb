package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.Coercion;
import io.pgmicro.analyze.Scope;
import io.pgmicro.analyze.Typed;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.PartitionBound;
import io.pgmicro.catalog.PartitionKey;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.emit.ExprTranslator;
import io.pgmicro.emit.QueryTranslator;
import io.pgmicro.emit.SqlText;
import io.pgmicro.exec.QueryRunner;
import io.pgmicro.exec.SqliteErrors;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.ColumnRef;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.PartitionBoundSpec;
import io.pgmicro.parse.ast.PartitionElem;
import io.pgmicro.parse.ast.PartitionSpec;
import io.pgmicro.types.FormatContext;
import io.pgmicro.types.PgType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * PARTITION BY and FOR VALUES: reads a partition key and a partition's bound from the parse
 * tree, turns bound values into constants of the key's types, and checks a new bound
 * against its siblings as PostgreSQL does (overlaps, empty ranges, a second default).
 */
final class PartitionBounds {
    private final DdlContext ddl;

    PartitionBounds(DdlContext ddl) {
        this.ddl = ddl;
    }

    /** The key of PARTITION BY over the table's columns. */
    PartitionKey key(PartitionSpec spec, RelationDef table) {
        char strategy = switch (spec.getStrategy().toLowerCase()) {
            case "range" -> 'r';
            case "list" -> 'l';
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support hash partitioning")
                    .atLocation(spec.getLocation());
        };
        if (strategy == 'l' && spec.getPartParamsCount() > 1) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION,
                    "cannot use \"list\" partition strategy with more than one column").atLocation(spec.getLocation());
        }
        List<String> expressions = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        for (Node n : spec.getPartParamsList()) {
            PartitionElem e = n.getPartitionElem();
            if (!e.getName().isEmpty()) {
                AttributeDef a = table.attribute(e.getName());
                if (a == null) {
                    throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + e.getName()
                            + "\" named in partition key does not exist").atLocation(e.getLocation());
                }
                expressions.add(TableBuilder.quoteIfNeeded(a.name()));
                columns.add(a.name());
                types.add(a.typeOid());
            } else {
                String text = Parser.deparseExpression(e.getExpr());
                Typed typed = SqliteSchema.expression(text, table, ddl.catalog(), ddl.analysis());
                expressions.add(text);
                columns.add(null);
                types.add(typed.type().oid());
            }
        }
        return new PartitionKey(strategy, expressions, columns, types);
    }

    /** FOR VALUES ... of a new partition of {@code parent}, checked against the partitions it already has. */
    PartitionBound bound(PartitionBoundSpec spec, RelationDef parent, String partitionName) {
        PartitionKey key = parent.hierarchy().partitionKey();
        PartitionBound bound;
        if (spec.getIsDefault()) {
            bound = new PartitionBound(true, null, null, null);
        } else if (key.strategy() == 'l') {
            if (!spec.getStrategy().equals("l")) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "invalid bound specification for a list partition")
                        .atLocation(spec.getLocation());
            }
            List<String> values = new ArrayList<>();
            for (Node n : spec.getListdatumsList()) {
                String v = constant(n, key, 0);
                if (!values.contains(v)) {
                    values.add(v);
                }
            }
            bound = new PartitionBound(false, values, null, null);
        } else {
            if (!spec.getStrategy().equals("r")) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "invalid bound specification for a range partition")
                        .atLocation(spec.getLocation());
            }
            int parts = key.expressions().size();
            if (spec.getLowerdatumsCount() != parts || spec.getUpperdatumsCount() != parts) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                        (spec.getLowerdatumsCount() != parts ? "FROM" : "TO")
                                + " must specify exactly one value per partitioning column")
                        .atLocation(spec.getLocation());
            }
            List<String> from = rangeValues(spec.getLowerdatumsList(), key);
            List<String> to = rangeValues(spec.getUpperdatumsList(), key);
            if (compareBounds(from, to, key) >= 0) {
                throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "empty range bound specified for partition \""
                        + partitionName + "\"")
                        .withDetail("Specified lower bound (" + String.join(", ", from)
                                + ") is greater than or equal to upper bound (" + String.join(", ", to) + ").")
                        .atLocation(datumLocation(spec.getLowerdatums(0)));
            }
            bound = new PartitionBound(false, null, from, to);
        }
        checkOverlap(bound, spec, parent, partitionName);
        return bound;
    }

    private void checkOverlap(PartitionBound bound, PartitionBoundSpec spec, RelationDef parent, String partitionName) {
        PartitionKey key = parent.hierarchy().partitionKey();
        for (RelationDef sibling : ddl.catalog().inheritance().children(parent.oid())) {
            PartitionBound other = sibling.hierarchy().bound();
            if (other == null) {
                continue;
            }
            if (bound.defaultPartition() || other.defaultPartition()) {
                if (bound.defaultPartition() && other.defaultPartition()) {
                    throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "partition \"" + partitionName
                            + "\" conflicts with existing default partition \"" + sibling.name() + "\"")
                            .atLocation(spec.getLocation());
                }
                continue;
            }
            boolean overlaps;
            if (bound.listValues() != null) {
                overlaps = false;
                for (String v : bound.listValues()) {
                    for (String w : other.listValues()) {
                        overlaps |= v.equals(PartitionBound.NULL) ? w.equals(PartitionBound.NULL)
                                : !w.equals(PartitionBound.NULL) && compareValue(v, w, key.typeOids().get(0)) == 0;
                    }
                }
            } else {
                overlaps = compareBounds(bound.from(), other.to(), key) < 0 && compareBounds(other.from(), bound.to(), key) < 0;
            }
            if (overlaps) {
                int at = spec.getListdatumsCount() > 0 ? datumLocation(spec.getListdatums(0))
                        : spec.getLowerdatumsCount() > 0 ? datumLocation(spec.getLowerdatums(0)) : spec.getLocation();
                throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "partition \"" + partitionName
                        + "\" would overlap partition \"" + sibling.name() + "\"").atLocation(at);
            }
        }
    }

    private static int datumLocation(Node n) {
        return n.hasAConst() ? n.getAConst().getLocation() : n.hasColumnRef() ? n.getColumnRef().getLocation()
                : n.hasTypeCast() ? n.getTypeCast().getLocation() : -1;
    }

    /** Range bound values; after a MINVALUE or MAXVALUE every later part must be one too. */
    private List<String> rangeValues(List<Node> datums, PartitionKey key) {
        List<String> out = new ArrayList<>();
        String unbounded = null;
        for (int i = 0; i < datums.size(); i++) {
            Node n = datums.get(i);
            String special = unboundedKeyword(n);
            if (special != null) {
                out.add(special);
                unbounded = special;
                continue;
            }
            if (unbounded != null) {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION,
                        "every bound following " + unbounded + " must also be " + unbounded).atLocation(datumLocation(n));
            }
            out.add(constant(n, key, i));
        }
        return out;
    }

    private static String unboundedKeyword(Node n) {
        if (n.hasColumnRef()) {
            ColumnRef ref = n.getColumnRef();
            if (ref.getFieldsCount() == 1 && ref.getFields(0).hasString()) {
                String name = ref.getFields(0).getString().getSval();
                if (name.equals("minvalue")) {
                    return PartitionBound.MINVALUE;
                }
                if (name.equals("maxvalue")) {
                    return PartitionBound.MAXVALUE;
                }
            }
        }
        return null;
    }

    /** A bound value as a constant of key part {@code part}'s type, written as pg_get_expr shows it. */
    private String constant(Node n, PartitionKey key, int part) {
        if (n.hasAConst() && n.getAConst().getIsnull()) {
            if (key.strategy() == 'r') {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "cannot specify NULL in range bound")
                        .atLocation(datumLocation(n));
            }
            return PartitionBound.NULL;
        }
        if (n.hasColumnRef()) {
            throw new PgException(SqlState.INVALID_COLUMN_REFERENCE,
                    "cannot use column reference in partition bound expression").atLocation(datumLocation(n));
        }
        PgType type = ddl.catalog().type(key.typeOids().get(part));
        ExprTranslator exprs = new ExprTranslator(ddl.analysis(), new QueryTranslator(ddl.analysis()));
        Typed value = exprs.coerce(exprs.expr(n, new Scope(null)), type, -1, Coercion.Context.ASSIGNMENT,
                "partition bound");
        Object stored;
        try {
            stored = QueryRunner.query(ddl.conn(), "SELECT " + value.sql(), List.of(), 1).get(0)[0];
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, ddl.catalog(), null, null);
        }
        if (stored == null) {
            return PartitionBound.NULL;
        }
        String text = type.output(stored, FormatContext.DEFAULT);
        return type.category() == 'N' || type.category() == 'B' ? text : SqlText.string(text);
    }

    /** Compares two range bounds of the same key part by part, MINVALUE and MAXVALUE included. */
    private int compareBounds(List<String> a, List<String> b, PartitionKey key) {
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            int rx = unboundedRank(x);
            int ry = unboundedRank(y);
            if (rx != 1 || ry != 1) {
                if (rx != ry) {
                    return Integer.compare(rx, ry);
                }
                // both unbounded alike: every later part is too
                return 0;
            }
            int c = compareValue(x, y, key.typeOids().get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int unboundedRank(String v) {
        return v.equals(PartitionBound.MINVALUE) ? 0 : v.equals(PartitionBound.MAXVALUE) ? 2 : 1;
    }

    /** Compares two constants with the key type's own ordering, evaluated the way queries compare them. */
    private int compareValue(String a, String b, int typeOid) {
        String typeName = io.pgmicro.analyze.TypeDisplay.name(ddl.catalog().type(typeOid));
        String x = "(" + a + ")::" + typeName;
        String y = "(" + b + ")::" + typeName;
        String test = "CASE WHEN " + x + " < " + y + " THEN -1 WHEN " + x + " = " + y + " THEN 0 ELSE 1 END";
        ExprTranslator exprs = new ExprTranslator(ddl.analysis(), new QueryTranslator(ddl.analysis()));
        String sql = exprs.expr(SqliteSchema.parse(test), new Scope(null)).sql();
        try {
            return ((Number) QueryRunner.query(ddl.conn(), "SELECT " + sql, List.of(), 1).get(0)[0]).intValue();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, ddl.catalog(), null, null);
        }
    }
}

package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.TypeDisplay;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.parse.ast.ColumnDef;
import io.pgmicro.parse.ast.ConstrType;
import io.pgmicro.parse.ast.Constraint;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RangeVar;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns and constraints a new table takes from its parents (CREATE TABLE ... INHERITS
 * and ... PARTITION OF), merged with its own as PostgreSQL merges them: same-named columns
 * become one, with a NOTICE, and must agree on their type.
 */
final class TableInheritance {
    private final DdlContext ddl;

    TableInheritance(DdlContext ddl) {
        this.ddl = ddl;
    }

    /** The tables named in INHERITS (...), checked to be tables one may inherit from. */
    List<RelationDef> parents(List<Node> names) {
        List<RelationDef> out = new ArrayList<>();
        for (Node n : names) {
            RangeVar rv = n.getRangeVar();
            RelationDef parent = resolve(rv);
            if (parent.kind() == 'p') {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot inherit from partitioned table \"" + parent.name() + "\"");
            }
            if (parent.hierarchy().bound() != null) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot inherit from partition \"" + parent.name() + "\"");
            }
            for (RelationDef seen : out) {
                if (seen.oid() == parent.oid()) {
                    throw new PgException(SqlState.DUPLICATE_TABLE, "relation \"" + parent.name()
                            + "\" would be inherited from more than once");
                }
            }
            out.add(parent);
        }
        return out;
    }

    /** The partitioned table of PARTITION OF. */
    RelationDef partitionParent(RangeVar rv) {
        RelationDef parent = resolve(rv);
        if (parent.kind() != 'p') {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + parent.name() + "\" is not partitioned");
        }
        return parent;
    }

    private RelationDef resolve(RangeVar rv) {
        RelationDef parent = ddl.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ddl.analysis().searchPath());
        if (parent == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + rv.getRelname() + "\" does not exist")
                    .atLocation(rv.getLocation());
        }
        if (!parent.isTable()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "inherited relation \"" + parent.name()
                    + "\" is not a table or foreign table");
        }
        return parent;
    }

    /**
     * Adds the parents' columns, in order, to the new table; a column two parents share becomes
     * one. Their CHECK constraints come along under the same names.
     */
    void inheritColumns(TableBuilder builder, List<RelationDef> parents, boolean quietly) {
        for (RelationDef parent : parents) {
            for (AttributeDef a : parent.attributes()) {
                int at = indexOf(builder.attributes, a.name());
                if (at < 0) {
                    builder.addInheritedColumn(a);
                    continue;
                }
                AttributeDef existing = builder.attributes.get(at);
                if (!quietly) {
                    ddl.notice("merging multiple inherited definitions of column \"" + a.name() + "\"");
                }
                requireSameType("inherited column \"" + a.name() + "\" has a type conflict", existing, a);
                builder.attributes.set(at, existing.withNotNull(existing.notNull() || a.notNull()));
            }
        }
        for (RelationDef parent : parents) {
            for (ConstraintDef c : parent.constraintsOfType('c')) {
                boolean known = builder.constraints.stream().anyMatch(k -> k.name().equals(c.name()));
                if (!known) {
                    builder.addCopiedCheck(c);
                }
            }
        }
    }

    /**
     * A column of the new table's own list: merged into the inherited one of the same name (whose
     * place it takes), or added after the inherited columns.
     *
     * @param position its place among the table's own columns, from 1
     */
    void addLocalColumn(TableBuilder builder, ColumnDef col, int position, int inheritedCount) {
        int at = indexOf(builder.attributes, col.getColname());
        if (at < 0 || at >= inheritedCount) {
            builder.addColumn(col);
            return;
        }
        String name = col.getColname();
        if (at + 1 == position) {
            ddl.notice("merging column \"" + name + "\" with inherited definition");
        } else {
            ddl.notice("moving and merging column \"" + name + "\" with inherited definition",
                    "User-specified column moved to the position of the inherited column.");
        }
        AttributeDef inherited = builder.attributes.remove(at);
        builder.addColumn(col);
        AttributeDef local = builder.attributes.remove(builder.attributes.size() - 1);
        requireSameType("column \"" + name + "\" has a type conflict", inherited, local);
        builder.attributes.add(at, new AttributeDef(name, inherited.attnum(), inherited.typeOid(), inherited.typmod(),
                inherited.notNull() || local.notNull(), local.defaultExpr() != null ? local.defaultExpr() : inherited.defaultExpr(),
                local.identity(), local.generatedExpr() != null ? local.generatedExpr() : inherited.generatedExpr(),
                inherited.domainOid()));
    }

    /**
     * PARTITION OF parent (col WITH OPTIONS ...): a partition's column list only adds NOT NULL,
     * defaults and checks to the columns it has from its parent.
     */
    void applyColumnOptions(TableBuilder builder, ColumnDef col) {
        int at = indexOf(builder.attributes, col.getColname());
        if (at < 0) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + col.getColname() + "\" does not exist");
        }
        AttributeDef a = builder.attributes.get(at);
        for (Node n : col.getConstraintsList()) {
            Constraint c = n.getConstraint();
            switch (c.getContype()) {
                case CONSTR_NOTNULL -> a = a.withNotNull(true);
                case CONSTR_DEFAULT -> a = a.withDefault(io.pgmicro.parse.Parser.deparseExpression(c.getRawExpr()));
                case CONSTR_CHECK -> builder.addTableConstraint(c);
                case CONSTR_PRIMARY, CONSTR_UNIQUE -> builder.addTableConstraint(c.toBuilder()
                        .addKeys(Node.newBuilder().setString(io.pgmicro.parse.ast.String.newBuilder().setSval(a.name()))).build());
                default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "pgmicro does not support " + c.getContype() + " constraints on partition columns yet");
            }
        }
        builder.attributes.set(at, a);
    }

    /** A partition gets its own copy of the parent's primary key and unique constraints, named for it. */
    void inheritKeys(TableBuilder builder, RelationDef parent) {
        for (ConstraintDef c : parent.constraints()) {
            if (c.type() != 'p' && c.type() != 'u') {
                continue;
            }
            Constraint.Builder key = Constraint.newBuilder()
                    .setContype(c.type() == 'p' ? ConstrType.CONSTR_PRIMARY : ConstrType.CONSTR_UNIQUE)
                    .setDeferrable(c.deferrable()).setInitdeferred(c.deferred());
            for (String column : c.columns()) {
                key.addKeys(Node.newBuilder().setString(io.pgmicro.parse.ast.String.newBuilder().setSval(column)));
            }
            builder.addTableConstraint(key.build());
        }
    }

    private void requireSameType(String message, AttributeDef a, AttributeDef b) {
        if (a.typeOid() != b.typeOid() || a.typmod() != b.typmod()) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, message).withDetail(
                    TypeDisplay.name(ddl.catalog().type(a.typeOid())) + " versus " + TypeDisplay.name(ddl.catalog().type(b.typeOid())));
        }
    }

    private static int indexOf(List<AttributeDef> attributes, String name) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}

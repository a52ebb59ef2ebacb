package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.ConstraintDef;
import io.pgmicro.catalog.IndexDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.SequenceOptions;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.ColumnDef;
import io.pgmicro.parse.ast.ConstrType;
import io.pgmicro.parse.ast.Constraint;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.TypeName;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the catalog definition of a table from CREATE TABLE (and of added columns and
 * constraints from ALTER TABLE): column types, serial and identity sequences, and
 * constraints with the names PostgreSQL would choose.
 */
final class TableBuilder {
    private final DdlContext ddl;
    private final String schema;
    private final String tableName;
    private final int tableOid;
    final List<AttributeDef> attributes = new ArrayList<>();
    final List<ConstraintDef> constraints = new ArrayList<>();
    final List<IndexDef> indexes = new ArrayList<>();
    /** Sequences to create for serial and identity columns. */
    final List<RelationDef> sequences = new ArrayList<>();
    private final Set<String> takenNames = new HashSet<>();
    /** The table being altered, whose kind and place in a hierarchy stay; null for a new table. */
    private final RelationDef existing;

    TableBuilder(DdlContext ddl, String schema, String tableName, int tableOid, RelationDef existing) {
        this.ddl = ddl;
        this.schema = schema;
        this.tableName = tableName;
        this.tableOid = tableOid;
        this.existing = existing;
        if (existing != null) {
            attributes.addAll(existing.attributes());
            constraints.addAll(existing.constraints());
            indexes.addAll(existing.indexes());
            for (ConstraintDef c : existing.constraints()) {
                takenNames.add(c.name());
            }
            for (IndexDef i : existing.indexes()) {
                takenNames.add(i.name());
            }
        }
    }

    void addColumn(ColumnDef col) {
        String name = col.getColname();
        for (AttributeDef a : attributes) {
            if (a.name().equals(name)) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + name + "\" specified more than once");
            }
        }
        TypeName typeName = col.getTypeName();
        String lastName = typeName.getNames(typeName.getNamesCount() - 1).getString().getSval();
        PgType serialType = switch (typeName.getNamesCount() == 1 ? lastName : "") {
            case "serial", "serial4" -> Types.INT4;
            case "bigserial", "serial8" -> Types.INT8;
            case "smallserial", "serial2" -> Types.INT2;
            default -> null;
        };
        PgType type;
        int typmod;
        int domainOid = 0;
        if (serialType != null) {
            type = serialType;
            typmod = -1;
        } else {
            TypeNameResolver.ResolvedType resolved = TypeNameResolver.resolve(typeName, ddl.analysis());
            type = resolved.type();
            typmod = resolved.typmod();
            domainOid = resolved.domain() == null ? 0 : resolved.domain().oid();
        }
        int attnum = attributes.stream().mapToInt(AttributeDef::attnum).max().orElse(0) + 1;
        boolean notNull = col.getIsNotNull();
        String defaultExpr = null;
        String identity = "";
        String generated = null;
        // key constraints refer to the column, so they are applied once it exists
        List<Runnable> afterAdd = new ArrayList<>();
        if (col.hasRawDefault()) {
            defaultExpr = Parser.deparseExpression(col.getRawDefault());
        }
        if (serialType != null) {
            RelationDef seq = sequence(name, type, null);
            defaultExpr = "nextval('" + quoteIfNeeded(seq.name()) + "'::regclass)";
            notNull = true;
        }
        for (Constraint c : ConstraintAttributes.fold(col.getConstraintsList())) {
            switch (c.getContype()) {
                case CONSTR_NOTNULL -> notNull = true;
                case CONSTR_NULL -> notNull = false;
                case CONSTR_DEFAULT -> {
                    DefaultExpressionCheck.check(c.getRawExpr(), true);
                    defaultExpr = Parser.deparseExpression(c.getRawExpr());
                }
                case CONSTR_IDENTITY -> {
                    if (!isIntegerType(type)) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "identity column type must be smallint, integer, or bigint");
                    }
                    identity = c.getGeneratedWhen();
                    sequence(name, type, c.getOptionsList());
                    notNull = true;
                }
                case CONSTR_GENERATED -> generated = Parser.deparseExpression(c.getRawExpr());
                case CONSTR_PRIMARY -> {
                    afterAdd.add(() -> primaryKey(c, List.of(name)));
                    notNull = true;
                }
                case CONSTR_UNIQUE -> afterAdd.add(() -> unique(c, List.of(name)));
                case CONSTR_CHECK -> afterAdd.add(() -> check(c, name));
                case CONSTR_FOREIGN -> afterAdd.add(() -> foreignKey(c, List.of(name)));
                default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "pgmicro does not support " + c.getContype() + " constraints yet");
            }
        }
        attributes.add(new AttributeDef(name, attnum, type.oid(), typmod, notNull, defaultExpr, identity, generated, domainOid));
        afterAdd.forEach(Runnable::run);
    }

    /** CREATE TABLE ... (LIKE other INCLUDING ...): a copy of another table's column. */
    void addCopiedColumn(AttributeDef source, boolean withDefault) {
        for (AttributeDef a : attributes) {
            if (a.name().equals(source.name())) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + source.name() + "\" specified more than once");
            }
        }
        int attnum = attributes.stream().mapToInt(AttributeDef::attnum).max().orElse(0) + 1;
        attributes.add(new AttributeDef(source.name(), attnum, source.typeOid(), source.typmod(), source.notNull(),
                withDefault ? source.defaultExpr() : null, "", null));
    }

    /** A column inherited from a parent table: its type, NOT NULL, default and generation expression. */
    void addInheritedColumn(AttributeDef source) {
        int attnum = attributes.stream().mapToInt(AttributeDef::attnum).max().orElse(0) + 1;
        attributes.add(new AttributeDef(source.name(), attnum, source.typeOid(), source.typmod(), source.notNull(),
                source.defaultExpr(), "", source.generatedExpr(), source.domainOid()));
    }

    /** A CHECK constraint copied from another table, renamed only if its name is taken here. */
    void addCopiedCheck(ConstraintDef source) {
        constraints.add(new ConstraintDef(ddl.newOid(), choose(source.name()), 'c', source.columns(), source.checkExpr(), 0,
                List.of(), ' ', ' ', null, false, false));
    }

    void addTableConstraint(Constraint c) {
        switch (c.getContype()) {
            case CONSTR_PRIMARY -> {
                List<String> cols = names(c.getKeysList());
                primaryKey(c, cols);
                for (int i = 0; i < attributes.size(); i++) {
                    if (cols.contains(attributes.get(i).name())) {
                        attributes.set(i, attributes.get(i).withNotNull(true));
                    }
                }
            }
            case CONSTR_UNIQUE -> unique(c, names(c.getKeysList()));
            case CONSTR_CHECK -> check(c, null);
            case CONSTR_FOREIGN -> foreignKey(c, names(c.getFkAttrsList()));
            default -> throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "pgmicro does not support " + c.getContype() + " constraints yet");
        }
    }

    RelationDef build() {
        return new RelationDef(tableOid, schema, tableName, existing == null ? 'r' : existing.kind(),
                DdlContext.sqliteName(schema, tableName), List.copyOf(attributes), List.copyOf(constraints), List.copyOf(indexes),
                null, null, null, Map.of(), existing == null ? null : existing.inheritance());
    }

    private void primaryKey(Constraint c, List<String> cols) {
        requireColumns(cols);
        for (ConstraintDef existing : constraints) {
            if (existing.type() == 'p') {
                throw new PgException(SqlState.INVALID_TABLE_DEFINITION, "multiple primary keys for table \"" + tableName
                        + "\" are not allowed");
            }
        }
        String name = c.getConname().isEmpty() ? choose(tableName + "_pkey") : c.getConname();
        int oid = ddl.newOid();
        constraints.add(new ConstraintDef(oid, name, 'p', cols, null, 0, List.of(), ' ', ' ', name, c.getDeferrable(),
                c.getInitdeferred()));
        indexes.add(index(name, true, true, cols, oid));
    }

    private void unique(Constraint c, List<String> cols) {
        requireColumns(cols);
        String name = c.getConname().isEmpty() ? choose(tableName + "_" + String.join("_", cols) + "_key") : c.getConname();
        int oid = ddl.newOid();
        constraints.add(new ConstraintDef(oid, name, 'u', cols, null, 0, List.of(), ' ', ' ', name, c.getDeferrable(),
                c.getInitdeferred()));
        indexes.add(index(name, true, false, cols, oid));
    }

    private IndexDef index(String name, boolean unique, boolean primary, List<String> cols, int constraintOid) {
        List<Boolean> flags = new ArrayList<>();
        List<Boolean> desc = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            flags.add(false);
            desc.add(false);
        }
        String def = "CREATE UNIQUE INDEX " + name + " ON " + (schema.equals("public") ? "public." : schema + ".")
                + tableName + " USING btree (" + String.join(", ", cols) + ")";
        return new IndexDef(ddl.newOid(), name, unique, primary, cols, flags, desc, null, constraintOid, def);
    }

    private void check(Constraint c, String column) {
        String expr = Parser.deparseExpression(c.getRawExpr());
        String name = c.getConname();
        if (name.isEmpty()) {
            String first = column != null ? column : firstColumnMentioned(c.getRawExpr());
            name = choose(tableName + (first == null ? "" : "_" + first) + "_check");
        }
        constraints.add(new ConstraintDef(ddl.newOid(), name, 'c', column == null ? List.of() : List.of(column), expr, 0,
                List.of(), ' ', ' ', null, false, false));
    }

    private String firstColumnMentioned(Node expr) {
        Map<String, Boolean> found = new LinkedHashMap<>();
        collectColumns(expr, found);
        for (String name : found.keySet()) {
            for (AttributeDef a : attributes) {
                if (a.name().equals(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    private static void collectColumns(com.google.protobuf.Message m, Map<String, Boolean> out) {
        if (m instanceof io.pgmicro.parse.ast.ColumnRef ref) {
            var last = ref.getFields(ref.getFieldsCount() - 1);
            if (last.hasString()) {
                out.put(last.getString().getSval(), true);
            }
            return;
        }
        for (var entry : m.getAllFields().entrySet()) {
            Object v = entry.getValue();
            if (v instanceof com.google.protobuf.Message child) {
                collectColumns(child, out);
            } else if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof com.google.protobuf.Message child) {
                        collectColumns(child, out);
                    }
                }
            }
        }
    }

    private void foreignKey(Constraint c, List<String> cols) {
        requireColumns(cols);
        var pk = c.getPktable();
        io.pgmicro.catalog.RelationDef parent = pk.getRelname().equals(tableName)
                && (pk.getSchemaname().isEmpty() || pk.getSchemaname().equals(schema))
                ? build()
                : ddl.catalog().findRelation(pk.getSchemaname(), pk.getRelname(), ddl.analysis().searchPath());
        if (parent == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + pk.getRelname() + "\" does not exist");
        }
        List<String> refCols = names(c.getPkAttrsList());
        if (refCols.isEmpty()) {
            ConstraintDef parentPk = parent.primaryKey();
            if (parentPk == null) {
                throw new PgException(SqlState.UNDEFINED_OBJECT, "there is no primary key for referenced table \""
                        + parent.name() + "\"");
            }
            if (parentPk.deferrable()) {
                throw deferrableReferenced("primary key", parent);
            }
            refCols = parentPk.columns();
        } else {
            ConstraintDef matched = null;
            for (ConstraintDef k : parent.constraints()) {
                if ((k.type() == 'p' || k.type() == 'u') && new HashSet<>(k.columns()).equals(new HashSet<>(refCols))) {
                    matched = k;
                }
            }
            if (matched != null && matched.deferrable()) {
                throw deferrableReferenced("unique constraint", parent);
            }
            if (matched == null) {
                throw new PgException(SqlState.INVALID_FOREIGN_KEY, "there is no unique constraint matching given keys for referenced table \""
                        + parent.name() + "\"");
            }
        }
        if (refCols.size() != cols.size()) {
            throw new PgException(SqlState.INVALID_FOREIGN_KEY, "number of referencing and referenced columns for foreign key disagree");
        }
        String name = c.getConname().isEmpty() ? choose(tableName + "_" + String.join("_", cols) + "_fkey") : c.getConname();
        for (int i = 0; i < cols.size(); i++) {
            var from = ddl.catalog().type(attributeNamed(cols.get(i)).typeOid());
            var to = ddl.catalog().type(parent.attribute(refCols.get(i)).typeOid());
            boolean comparable = from.equals(to) || from.category() == to.category()
                    && (io.pgmicro.analyze.Coercion.canCoerce(from, to, io.pgmicro.analyze.Coercion.Context.IMPLICIT)
                    || io.pgmicro.analyze.Coercion.canCoerce(to, from, io.pgmicro.analyze.Coercion.Context.IMPLICIT));
            if (!comparable) {
                throw new PgException(SqlState.DATATYPE_MISMATCH, "foreign key constraint \"" + name + "\" cannot be implemented")
                        .withDetail("Key columns \"" + cols.get(i) + "\" and \"" + refCols.get(i) + "\" are of incompatible types: "
                                + io.pgmicro.types.TypeNames.of(from) + " and " + io.pgmicro.types.TypeNames.of(to) + ".");
            }
        }
        char onUpdate = c.getFkUpdAction().isEmpty() ? 'a' : c.getFkUpdAction().charAt(0);
        char onDelete = c.getFkDelAction().isEmpty() ? 'a' : c.getFkDelAction().charAt(0);
        constraints.add(new ConstraintDef(ddl.newOid(), name, 'f', cols, null, parent.oid(), refCols, onUpdate, onDelete, null,
                c.getDeferrable(), c.getInitdeferred()));
    }

    /** A deferrable key may hold duplicates until COMMIT, so nothing can rely on it to find one row. */
    private static PgException deferrableReferenced(String key, RelationDef parent) {
        return new PgException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "cannot use a deferrable " + key
                + " for referenced table \"" + parent.name() + "\"");
    }

    private RelationDef sequence(String column, PgType type, List<Node> options) {
        String seqName = ddl.chooseName(schema, tableName + "_" + column + "_seq", takenNames);
        takenNames.add(seqName);
        SequenceOptions o = SequenceDefinitions.options(type, options == null ? List.of() : options, null, seqName)
                .withOwner(tableOid, column);
        RelationDef seq = new RelationDef(ddl.newOid(), schema, seqName, 'S', DdlContext.sqliteName(schema, seqName), List.of(),
                List.of(), List.of(), null, o, null, Map.of());
        sequences.add(seq);
        return seq;
    }

    private String choose(String base) {
        String name = ddl.chooseName(schema, base, takenNames);
        takenNames.add(name);
        return name;
    }

    private AttributeDef attributeNamed(String name) {
        for (AttributeDef a : attributes) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name + "\" named in key does not exist");
    }

    private void requireColumns(List<String> cols) {
        for (String col : cols) {
            if (attributes.stream().noneMatch(a -> a.name().equals(col))) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + col + "\" named in key does not exist");
            }
        }
    }

    private static boolean isIntegerType(PgType t) {
        return t.equals(Types.INT2) || t.equals(Types.INT4) || t.equals(Types.INT8);
    }

    static List<String> names(List<Node> nodes) {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            out.add(n.getString().getSval());
        }
        return out;
    }

    static String quoteIfNeeded(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}

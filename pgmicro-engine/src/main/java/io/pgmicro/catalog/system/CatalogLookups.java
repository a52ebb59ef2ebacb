package io.pgmicro.catalog.system;

import io.pgmicro.catalog.AttributeDef;
import io.pgmicro.catalog.BuiltinFunctions;
import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.EnumTypeDef;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.RoutineDef;
import io.pgmicro.catalog.SequenceOptions;
import io.pgmicro.catalog.TriggerDef;
import io.pgmicro.types.PgType;
import io.pgmicro.types.TypeNames;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the catalog functions (pg_get_expr, pg_get_constraintdef, format_type,
 * obj_description ...) compute, over one catalog snapshot and search path. Results
 * follow PostgreSQL: NULL for an OID that names nothing, not an error.
 */
public final class CatalogLookups {
    private final CatalogSnapshot catalog;
    private final List<String> searchPath;

    public CatalogLookups(CatalogSnapshot catalog, List<String> searchPath) {
        this.catalog = catalog;
        this.searchPath = searchPath;
    }

    /** format_type(type, typmod); "???" for an unknown OID, as PostgreSQL prints it. */
    public String formatType(long typeOid, Long typmod) {
        if (typeOid == 0) {
            // InvalidOid, as in pg_proc.proargtypes of nothing or a dropped column
            return "-";
        }
        PgType type = type(typeOid);
        if (type == null) {
            return "???";
        }
        // a NULL modifier is format_type_be's spelling ("character", "bit"), a given -1 the bare name ("bpchar", "\"bit\"")
        String name = typmod == null ? TypeNames.of(type) : TypeNames.format(type, typmod.intValue());
        if (type.category() == 'P') {
            // a pseudo-type prints as its quoted name: "any"
            return ExpressionPrinter.quoteIdent(name);
        }
        EnumTypeDef e = enumOf(type);
        if (e != null && !Visibility.type(catalog, searchPath, e)) {
            return ExpressionPrinter.quoteIdent(e.schema()) + "." + name;
        }
        return name;
    }

    private PgType type(long oid) {
        PgType t = catalog.type((int) oid);
        if (t != null) {
            return t;
        }
        for (PgType s : SystemTypes.ALL) {
            if (s.oid() == oid) {
                return s;
            }
        }
        return oid == BuiltinFunctions.ANY.oid() ? BuiltinFunctions.ANY : null;
    }

    private EnumTypeDef enumOf(PgType type) {
        for (EnumTypeDef e : catalog.enums()) {
            if (e.oid() == type.oid() || e.arrayOid() == type.oid()) {
                return e;
            }
        }
        return null;
    }

    /** pg_get_expr(node tree, relation[, pretty]): the stored expression printed in that relation's context. */
    public String expression(String tree, long relationOid, boolean pretty) {
        if (tree == null) {
            return null;
        }
        RelationDef relation = relationOid == 0 ? null : catalog.relation((int) relationOid);
        if (relation == null) {
            UserObjects.TableIndex ti = UserObjects.index(catalog, (int) relationOid);
            relation = ti == null ? null : ti.table();
        }
        if (relation != null && relation.hierarchy().bound() != null
                && tree.equals(io.pgmicro.catalog.PartitionConstraint.boundText(relation.hierarchy().bound()))) {
            // relpartbound is kept as the text pg_get_expr shows
            return tree;
        }
        return ExpressionPrinter.print(tree, relation, catalog, pretty);
    }

    /** pg_get_partkeydef: "RANGE (a, b)" for a partitioned table, null for anything else. */
    public String partitionKeyDefinition(long oid) {
        RelationDef r = catalog.relation((int) oid);
        return r == null || r.hierarchy().partitionKey() == null ? null
                : io.pgmicro.catalog.PartitionConstraint.keyText(r.hierarchy().partitionKey());
    }

    /**
     * pg_partition_ancestors as the JSON array of OIDs set-returning functions give: a partition or
     * partitioned table itself, then each table above it; nothing for a table outside partitioning.
     */
    public String partitionAncestors(long oid) {
        List<String> out = new ArrayList<>();
        RelationDef r = catalog.relation((int) oid);
        if (r != null && (r.kind() == 'p' || r.hierarchy().bound() != null)) {
            for (RelationDef at = r; at != null; at = at.hierarchy().bound() == null ? null
                    : catalog.relation(at.hierarchy().parents().get(0))) {
                out.add(Integer.toString(at.oid()));
            }
        }
        return "[" + String.join(",", out) + "]";
    }

    public String constraintDefinition(long oid, boolean pretty) {
        UserObjects.TableConstraint tc = UserObjects.constraint(catalog, (int) oid);
        return tc == null ? null : Definitions.constraint(catalog, searchPath, tc.table(), tc.constraint(), pretty);
    }

    public String indexDefinition(long oid, int column, boolean pretty) {
        UserObjects.TableIndex ti = UserObjects.index(catalog, (int) oid);
        return ti == null ? null : Definitions.index(catalog, searchPath, ti.table(), ti.index(), column, pretty);
    }

    /** pg_get_triggerdef(trigger, pretty): its CREATE TRIGGER statement; null for an OID that names no trigger. */
    public String triggerDefinition(long oid, boolean pretty) {
        for (TriggerDef t : catalog.triggers()) {
            RelationDef table = catalog.relation(t.tableOid());
            if (t.oid() == oid && table != null) {
                return TriggerDefinitions.definition(catalog, searchPath, table, t, pretty);
            }
        }
        return null;
    }

    /**
     * pg_relation_is_publishable: whether a publication could include the relation,
     * true for the user's tables; null for an OID that names no relation.
     */
    public Boolean relationPublishable(long oid) {
        RelationDef r = catalog.relation((int) oid);
        if (r != null) {
            return r.isTable();
        }
        return SystemCatalog.byOid((int) oid) != null || UserObjects.index(catalog, (int) oid) != null ? false : null;
    }

    public String viewDefinition(long oid) {
        RelationDef r = catalog.relation((int) oid);
        return r == null || r.kind() != 'v' ? null : ViewText.definition(r);
    }

    /** pg_table_is_visible: for user relations and indexes, and for the system relations. */
    public Boolean relationVisible(long oid) {
        RelationDef r = catalog.relation((int) oid);
        if (r != null) {
            return Visibility.relation(catalog, searchPath, r.schema(), r.name());
        }
        UserObjects.TableIndex ti = UserObjects.index(catalog, (int) oid);
        if (ti != null) {
            return Visibility.relation(catalog, searchPath, ti.table().schema(), ti.index().name());
        }
        io.pgmicro.catalog.CompositeTypeDef c = catalog.compositeByClass((int) oid);
        if (c != null) {
            return Visibility.relation(catalog, searchPath, c.schema(), c.name());
        }
        SystemTable t = SystemCatalog.byOid((int) oid);
        return t == null ? null : Visibility.relation(catalog, searchPath, t.schema(), t.name());
    }

    public Boolean typeVisible(long oid) {
        PgType t = type(oid);
        if (t == null) {
            return null;
        }
        EnumTypeDef e = enumOf(t);
        return e == null || Visibility.type(catalog, searchPath, e);
    }

    /** obj_description(object, catalog name): comments on relations, indexes and schemas. */
    public String objectDescription(long oid, String catalogName) {
        if (catalogName == null || catalogName.equals("pg_class")) {
            RelationDef r = catalog.relation((int) oid);
            if (r != null) {
                return r.comment();
            }
            for (RelationDef table : catalog.relations()) {
                for (io.pgmicro.catalog.IndexDef index : table.indexes()) {
                    if (index.oid() == oid) {
                        return index.comment();
                    }
                }
            }
        }
        if (catalogName == null || catalogName.equals("pg_namespace")) {
            return switch ((int) oid) {
                case ObjectIds.PG_CATALOG_NAMESPACE -> "system catalog schema";
                case ObjectIds.PG_TOAST_NAMESPACE -> "reserved schema for TOAST tables";
                case ObjectIds.PUBLIC_NAMESPACE -> "standard public schema";
                default -> null;
            };
        }
        return null;
    }

    public String columnDescription(long relationOid, long attnum) {
        RelationDef r = catalog.relation((int) relationOid);
        if (r == null || r.columnComments() == null) {
            return null;
        }
        for (Map.Entry<String, String> e : r.columnComments().entrySet()) {
            if (UserObjects.attnum(r, e.getKey()) == attnum) {
                return e.getValue();
            }
        }
        return null;
    }

    /** pg_get_serial_sequence(table, column): the qualified name of the sequence the column owns, or null. */
    public String serialSequence(RelationDef table, String column) {
        AttributeDef a = table.attribute(column);
        if (a == null) {
            return null;
        }
        for (RelationDef r : UserObjects.relations(catalog)) {
            SequenceOptions s = r.sequence();
            if (r.kind() == 'S' && s != null && s.ownedByTable() == table.oid() && column.equals(s.ownedByColumn())) {
                return ExpressionPrinter.quoteIdent(r.schema()) + "." + ExpressionPrinter.quoteIdent(r.name());
            }
        }
        return null;
    }

    /** The relation a regclass text ('users', 'public."Mixed"') names, with its OID; null if none. */
    public Long relationOid(String schema, String name) {
        if (schema != null) {
            RelationDef r = catalog.relation(schema, name);
            if (r != null) {
                return (long) r.oid();
            }
            SystemTable t = SystemCatalog.lookup(schema, name);
            if (t != null) {
                return (long) t.oid();
            }
            PgType composite = catalog.findUserType(schema, name, List.of());
            if (composite != null && catalog.composite(composite.oid()) != null) {
                return (long) catalog.composite(composite.oid()).classOid();
            }
            return indexOid(schema, name);
        }
        for (String s : Visibility.effectivePath(searchPath)) {
            Long found = relationOid(s, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Long indexOid(String schema, String name) {
        for (UserObjects.TableIndex ti : UserObjects.indexes(catalog)) {
            if (ti.table().schema().equals(schema) && ti.index().name().equals(name)) {
                return (long) ti.index().oid();
            }
        }
        return null;
    }

    /** A relation's name as regclass prints it: bare when visible, qualified otherwise; the OID itself when unknown. */
    public String relationName(long oid) {
        RelationDef r = catalog.relation((int) oid);
        if (r != null) {
            return Visibility.relationName(catalog, searchPath, r);
        }
        UserObjects.TableIndex ti = UserObjects.index(catalog, (int) oid);
        if (ti != null) {
            String bare = ExpressionPrinter.quoteIdent(ti.index().name());
            return Visibility.relation(catalog, searchPath, ti.table().schema(), ti.index().name()) ? bare
                    : ExpressionPrinter.quoteIdent(ti.table().schema()) + "." + bare;
        }
        io.pgmicro.catalog.CompositeTypeDef c = catalog.compositeByClass((int) oid);
        if (c != null) {
            String bare = ExpressionPrinter.quoteIdent(c.name());
            return Visibility.relation(catalog, searchPath, c.schema(), c.name()) ? bare
                    : ExpressionPrinter.quoteIdent(c.schema()) + "." + bare;
        }
        SystemTable t = SystemCatalog.byOid((int) oid);
        if (t != null) {
            String bare = ExpressionPrinter.quoteIdent(t.name());
            return Visibility.relation(catalog, searchPath, t.schema(), t.name()) ? bare : t.schema() + "." + bare;
        }
        return Long.toString(oid);
    }

    /** A type's OID by name as regtype reads it ('integer', 'mood', 'public.mood', 'text[]'); null if none. */
    public Long typeOid(String text) {
        String name = text.trim();
        boolean array = name.endsWith("[]");
        if (array) {
            name = name.substring(0, name.length() - 2).trim();
        }
        PgType t = Types.byName(name);
        if (t == null) {
            int dot = name.indexOf('.');
            t = catalog.findUserType(dot < 0 ? null : name.substring(0, dot), dot < 0 ? name : name.substring(dot + 1),
                    Visibility.effectivePath(searchPath));
        }
        if (t == null) {
            return null;
        }
        return (long) (array ? t.arrayOid() : t.oid());
    }

    /** pg_get_userbyid: the role's name, or "unknown (OID=n)" as PostgreSQL answers for a missing role. */
    public static String userName(long oid) {
        if (oid == ObjectIds.POSTGRES_ROLE) {
            return "postgres";
        }
        if (oid == ObjectIds.PG_DATABASE_OWNER_ROLE) {
            return "pg_database_owner";
        }
        return "unknown (OID=" + oid + ")";
    }

    /** current_schemas(include implicit): the existing schemas of the path, pg_catalog first when asked. */
    public List<String> currentSchemas(boolean implicit) {
        List<String> out = new ArrayList<>();
        for (String s : implicit ? Visibility.effectivePath(searchPath) : searchPath) {
            if (!s.equals("$user") && catalog.hasSchema(s) && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * pg_function_is_visible: a built-in function always is; a user routine when no
     * routine with its name and input types comes earlier on the search path.
     */
    public Boolean functionVisible(long oid) {
        RoutineDef routine = catalog.routine((int) oid);
        if (routine == null) {
            return BuiltinProcedures.byOid(oid) != null ? true : null;
        }
        for (String schema : Visibility.effectivePath(searchPath)) {
            for (RoutineDef r : catalog.routines(routine.name())) {
                if (r.schema().equals(schema) && r.inputTypeOids().equals(routine.inputTypeOids())) {
                    return r.oid() == routine.oid();
                }
            }
        }
        return false;
    }

    /** regproc output: a function's name, a user routine's qualified when not visible; null for an OID that names none. */
    public String functionName(long oid) {
        RoutineDef routine = catalog.routine((int) oid);
        if (routine != null) {
            String bare = ExpressionPrinter.quoteIdent(routine.name());
            return Boolean.TRUE.equals(functionVisible(oid)) ? bare : ExpressionPrinter.quoteIdent(routine.schema()) + "." + bare;
        }
        Procedure p = BuiltinProcedures.byOid(oid);
        return p == null ? null : p.name();
    }

    /** regprocedure output: name(argument types), the types as format_type prints them, a user routine's name as regproc prints it. */
    public String functionSignature(long oid) {
        RoutineDef routine = catalog.routine((int) oid);
        List<Integer> types;
        if (routine != null) {
            types = routine.inputTypeOids();
        } else {
            Procedure p = BuiltinProcedures.byOid(oid);
            if (p == null) {
                return null;
            }
            types = p.argTypes();
        }
        List<String> args = new ArrayList<>();
        for (int t : types) {
            args.add(formatType(t, null));
        }
        return functionName(oid) + "(" + String.join(",", args) + ")";
    }

    /**
     * The OIDs of the functions regproc input finds for a name: in the named schema, or
     * else those the search path makes visible (a routine hides one with the same input
     * types later on the path), pg_catalog's first unless the path places it.
     */
    public List<Long> functionOids(String schema, String name) {
        List<Long> out = new ArrayList<>();
        List<List<Integer>> seen = new ArrayList<>();
        for (String s : schema == null ? Visibility.effectivePath(searchPath) : List.of(schema)) {
            if (s.equals("pg_catalog")) {
                for (Procedure p : BuiltinProcedures.all()) {
                    if (p.name().equals(name) && !seen.contains(p.argTypes())) {
                        out.add(p.oid());
                        seen.add(p.argTypes());
                    }
                }
            }
            for (RoutineDef r : catalog.routines(name)) {
                if (r.schema().equals(s) && !seen.contains(r.inputTypeOids())) {
                    out.add((long) r.oid());
                    seen.add(r.inputTypeOids());
                }
            }
        }
        return out;
    }

    /** The function with this name and exactly these argument types, for regprocedure input; null if none. */
    public Long functionOid(String schema, String name, List<Long> argTypes) {
        for (long oid : functionOids(schema, name)) {
            RoutineDef routine = catalog.routine((int) oid);
            List<Long> declared = new ArrayList<>();
            (routine != null ? routine.inputTypeOids() : BuiltinProcedures.byOid(oid).argTypes())
                    .forEach(t -> declared.add((long) t));
            if (declared.equals(argTypes)) {
                return oid;
            }
        }
        return null;
    }

    /** pg_get_functiondef: the CREATE OR REPLACE statement of a function or procedure; null for an unknown OID. */
    public String functionDefinition(long oid) {
        RoutineDef routine = catalog.routine((int) oid);
        if (routine != null) {
            return FunctionDefinitions.of(routine, this);
        }
        Procedure p = BuiltinProcedures.byOid(oid);
        return p == null ? null : FunctionDefinitions.of(p, this);
    }

    /** pg_get_function_identity_arguments: the arguments that identify the routine, without defaults. */
    public String functionIdentityArguments(long oid) {
        RoutineDef routine = catalog.routine((int) oid);
        if (routine != null) {
            return RoutineSignatures.identityArguments(routine, this);
        }
        return BuiltinProcedures.byOid(oid) == null ? null : functionArguments(oid);
    }

    /** pg_get_function_result: the result type, SETOF for a set-returning function; null for an unknown OID. */
    public String functionResult(long oid) {
        RoutineDef routine = catalog.routine((int) oid);
        if (routine != null) {
            return RoutineSignatures.result(routine, this);
        }
        Procedure p = BuiltinProcedures.byOid(oid);
        return p == null ? null : (p.returnsSet() ? "SETOF " : "") + formatType(p.returnType(), null);
    }

    /** pg_get_function_arguments: the argument types, a VARIADIC one marked; null for an unknown OID. */
    public String functionArguments(long oid) {
        RoutineDef routine = catalog.routine((int) oid);
        if (routine != null) {
            return RoutineSignatures.arguments(routine, this);
        }
        Procedure p = BuiltinProcedures.byOid(oid);
        if (p == null) {
            return null;
        }
        List<String> args = new ArrayList<>();
        for (int i = 0; i < p.argTypes().size(); i++) {
            boolean variadic = p.variadic() != 0 && i == p.argTypes().size() - 1;
            args.add((variadic ? "VARIADIC " : "") + formatType(p.argTypes().get(i), null));
        }
        return String.join(", ", args);
    }

    /** regnamespace input: a schema's OID by name; null if there is no such schema. */
    public Long namespaceOid(String name) {
        if (name.equals("pg_catalog")) {
            return (long) ObjectIds.PG_CATALOG_NAMESPACE;
        }
        Integer oid = catalog.schemas().get(name);
        return oid == null ? null : Long.valueOf(oid);
    }

    /** regnamespace output: a schema's name; null for an OID that names no schema. */
    public String namespaceName(long oid) {
        if (oid == ObjectIds.PG_CATALOG_NAMESPACE) {
            return "pg_catalog";
        }
        for (Map.Entry<String, Integer> e : catalog.schemas().entrySet()) {
            if (e.getValue() == oid) {
                return ExpressionPrinter.quoteIdent(e.getKey());
            }
        }
        return null;
    }
}

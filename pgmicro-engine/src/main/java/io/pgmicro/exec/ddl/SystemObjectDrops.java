package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.catalog.BuiltinFunctions;
import io.pgmicro.catalog.BuiltinOperators;
import io.pgmicro.parse.ast.DropStmt;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.ObjectType;
import io.pgmicro.parse.ast.ObjectWithArgs;
import io.pgmicro.parse.ast.TypeName;
import io.pgmicro.types.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DROP of the object kinds that pgmicro keeps no catalog of: collations, conversions, text
 * search objects, extensions, languages, access methods, casts, operators, aggregates,
 * operator classes and families, rules, policies, statistics objects, transforms, foreign-data
 * wrappers, servers, event triggers, publications, subscriptions, roles and tablespaces.
 *
 * <p>pgmicro cannot create objects of these kinds, so only built-in ones can exist. Any other
 * name gets PostgreSQL's "does not exist" error (or, under IF EXISTS, its NOTICE), after the
 * same checks of schemas and argument types that PostgreSQL makes first. A built-in object is
 * refused: with PostgreSQL's own error where PostgreSQL pins it, else as not supported.
 */
final class SystemObjectDrops {
    /** Access methods, languages and collations that PostgreSQL's initdb pins. */
    private static final Set<String> PINNED_ACCESS_METHODS = Set.of("heap", "btree", "hash", "gist", "gin", "spgist", "brin");
    private static final Set<String> PINNED_LANGUAGES = Set.of("internal", "c", "sql");
    private static final Set<String> PINNED_COLLATIONS = Set.of("default", "C", "POSIX", "ucs_basic");
    private static final Set<String> LANGUAGES = Set.of("internal", "c", "sql", "plpgsql");
    /** The snowball languages that initdb makes a text search configuration (and a NAME_stem dictionary) for. */
    private static final Set<String> TEXT_SEARCH_LANGUAGES = Set.of("simple", "arabic", "armenian", "basque", "catalan",
            "danish", "dutch", "english", "finnish", "french", "german", "greek", "hindi", "hungarian", "indonesian", "irish",
            "italian", "lithuanian", "nepali", "norwegian", "portuguese", "romanian", "russian", "serbian", "spanish",
            "swedish", "tamil", "turkish", "yiddish");
    private static final Set<String> TEXT_SEARCH_TEMPLATES = Set.of("simple", "synonym", "thesaurus", "ispell", "snowball");
    /** Types whose casts to themselves apply a length or precision (PostgreSQL's length-coercion casts). */
    private static final Set<String> SELF_CASTS = Set.of("bpchar", "varchar", "bit", "varbit", "numeric", "time", "timetz",
            "timestamp", "timestamptz", "interval");
    private static final int FIRST_NORMAL_OID = 16384;

    private final DdlContext ddl;
    private final MissingNames missing;

    SystemObjectDrops(DdlContext ddl) {
        this.ddl = ddl;
        this.missing = new MissingNames(ddl);
    }

    /** Runs the DROP, or returns null when its kind is not one of these. */
    String drop(DropStmt stmt) {
        String tag = tag(stmt.getRemoveType());
        if (tag == null) {
            return null;
        }
        for (Node object : stmt.getObjectsList()) {
            dropOne(stmt.getRemoveType(), object, stmt.getMissingOk(), tag);
        }
        return tag;
    }

    private static String tag(ObjectType type) {
        return switch (type) {
            case OBJECT_ACCESS_METHOD -> "DROP ACCESS METHOD";
            case OBJECT_AGGREGATE -> "DROP AGGREGATE";
            case OBJECT_CAST -> "DROP CAST";
            case OBJECT_COLLATION -> "DROP COLLATION";
            case OBJECT_CONVERSION -> "DROP CONVERSION";
            case OBJECT_EVENT_TRIGGER -> "DROP EVENT TRIGGER";
            case OBJECT_EXTENSION -> "DROP EXTENSION";
            case OBJECT_FDW -> "DROP FOREIGN DATA WRAPPER";
            case OBJECT_FOREIGN_SERVER -> "DROP SERVER";
            case OBJECT_LANGUAGE -> "DROP LANGUAGE";
            case OBJECT_OPCLASS -> "DROP OPERATOR CLASS";
            case OBJECT_OPERATOR -> "DROP OPERATOR";
            case OBJECT_OPFAMILY -> "DROP OPERATOR FAMILY";
            case OBJECT_POLICY -> "DROP POLICY";
            case OBJECT_PUBLICATION -> "DROP PUBLICATION";
            case OBJECT_RULE -> "DROP RULE";
            case OBJECT_STATISTIC_EXT -> "DROP STATISTICS";
            case OBJECT_TRANSFORM -> "DROP TRANSFORM";
            case OBJECT_TSCONFIGURATION -> "DROP TEXT SEARCH CONFIGURATION";
            case OBJECT_TSDICTIONARY -> "DROP TEXT SEARCH DICTIONARY";
            case OBJECT_TSPARSER -> "DROP TEXT SEARCH PARSER";
            case OBJECT_TSTEMPLATE -> "DROP TEXT SEARCH TEMPLATE";
            default -> null;
        };
    }

    private void dropOne(ObjectType type, Node object, boolean missingOk, String tag) {
        switch (type) {
            case OBJECT_ACCESS_METHOD -> named(object, "access method", missingOk,
                    PINNED_ACCESS_METHODS.contains(name(object)) ? pinned("access method " + name(object)) : null);
            case OBJECT_LANGUAGE -> named(object, "language", missingOk, PINNED_LANGUAGES.contains(name(object))
                    ? pinned("language " + name(object)) : name(object).equals("plpgsql") ? unsupported(tag) : null);
            case OBJECT_EXTENSION -> named(object, "extension", missingOk, name(object).equals("plpgsql") ? unsupported(tag) : null);
            case OBJECT_EVENT_TRIGGER -> named(object, "event trigger", missingOk, null);
            case OBJECT_FDW -> named(object, "foreign-data wrapper", missingOk, null);
            case OBJECT_FOREIGN_SERVER -> named(object, "server", missingOk, null);
            case OBJECT_PUBLICATION -> named(object, "publication", missingOk, null);
            case OBJECT_COLLATION -> collation(object, missingOk);
            case OBJECT_CONVERSION -> qualified(object, "conversion", missingOk, n -> n.contains("_to_") ? unsupported(tag) : null);
            case OBJECT_STATISTIC_EXT -> qualified(object, "statistics object", missingOk, n -> null);
            case OBJECT_TSPARSER -> qualified(object, "text search parser", missingOk,
                    n -> n.equals("default") ? unsupported(tag) : null);
            case OBJECT_TSDICTIONARY -> qualified(object, "text search dictionary", missingOk,
                    n -> n.equals("simple") || n.endsWith("_stem") ? unsupported(tag) : null);
            case OBJECT_TSTEMPLATE -> qualified(object, "text search template", missingOk,
                    n -> TEXT_SEARCH_TEMPLATES.contains(n) ? unsupported(tag) : null);
            case OBJECT_TSCONFIGURATION -> qualified(object, "text search configuration", missingOk,
                    n -> TEXT_SEARCH_LANGUAGES.contains(n) ? unsupported(tag) : null);
            case OBJECT_OPCLASS -> operatorClass(object, "operator class", missingOk, tag);
            case OBJECT_OPFAMILY -> operatorClass(object, "operator family", missingOk, tag);
            case OBJECT_RULE -> onRelation(object, "rule", "relation", missingOk, tag);
            case OBJECT_POLICY -> onRelation(object, "policy", "table", missingOk, tag);
            case OBJECT_CAST -> cast(object, missingOk, tag);
            case OBJECT_TRANSFORM -> transform(object, missingOk);
            case OBJECT_OPERATOR -> operator(object.getObjectWithArgs(), missingOk, tag);
            case OBJECT_AGGREGATE -> aggregate(object.getObjectWithArgs(), missingOk, tag);
            default -> throw new IllegalStateException("not a system object kind: " + type);
        }
    }

    // ---- objects named by one identifier ---------------------------------------------------------------

    private static String name(Node object) {
        return object.getString().getSval();
    }

    private void named(Node object, String noun, boolean missingOk, PgException refusal) {
        if (refusal != null) {
            throw refusal;
        }
        missing.skipOrFail(missingOk, undefined(noun + " \"" + name(object) + "\" does not exist"));
    }

    // ---- objects named by a possibly schema-qualified name -----------------------------------------------

    private interface Refusal {
        PgException of(String name);
    }

    private void qualified(Node object, String noun, boolean missingOk, Refusal refusal) {
        List<String> names = TableBuilder.names(object.getList().getItemsList());
        if (reported(missingOk, missing.schemaOf(names))) {
            return;
        }
        String last = names.get(names.size() - 1);
        if (isSystemSchema(names)) {
            PgException refused = refusal.of(last);
            if (refused != null) {
                throw refused;
            }
        }
        missing.skipOrFail(missingOk, undefined(noun + " \"" + String.join(".", names) + "\" does not exist"));
    }

    private void collation(Node object, boolean missingOk) {
        List<String> names = TableBuilder.names(object.getList().getItemsList());
        if (reported(missingOk, missing.schemaOf(names))) {
            return;
        }
        String last = names.get(names.size() - 1);
        if (isSystemSchema(names) && PINNED_COLLATIONS.contains(last)) {
            throw pinned("collation " + TableBuilder.quoteIfNeeded(last));
        }
        String written = String.join(".", names);
        if (missingOk) {
            missing.skipOrFail(true, undefined("collation \"" + written + "\" does not exist"));
            return;
        }
        throw new PgException(SqlState.UNDEFINED_OBJECT, "collation \"" + written + "\" for encoding \"UTF8\" does not exist");
    }

    private static boolean isSystemSchema(List<String> names) {
        return names.size() == 1 || names.get(names.size() - 2).equals("pg_catalog");
    }

    /** DROP OPERATOR CLASS/FAMILY name USING am: an unknown access method is an error even under IF EXISTS. */
    private void operatorClass(Node object, String noun, boolean missingOk, String tag) {
        List<String> items = TableBuilder.names(object.getList().getItemsList());
        String method = items.get(0);
        List<String> names = items.subList(1, items.size());
        if (!PINNED_ACCESS_METHODS.contains(method) || method.equals("heap")) {
            throw undefined("access method \"" + method + "\" does not exist").error();
        }
        if (reported(missingOk, missing.schemaOf(names))) {
            return;
        }
        // every operator class and family that initdb makes is named ..._ops
        if (isSystemSchema(names) && names.get(names.size() - 1).endsWith("_ops")) {
            throw unsupported(tag);
        }
        missing.skipOrFail(missingOk, undefined(noun + " \"" + String.join(".", names) + "\" does not exist for access method \""
                + method + "\""));
    }

    /** DROP RULE/POLICY name ON relation: the relation (and its schema) must exist first. */
    private void onRelation(Node object, String noun, String relationNoun, boolean missingOk, String tag) {
        List<String> items = TableBuilder.names(object.getList().getItemsList());
        String name = items.get(items.size() - 1);
        List<String> relation = items.subList(0, items.size() - 1);
        if (reported(missingOk, missing.schemaOf(relation))) {
            return;
        }
        String schema = relation.size() > 1 ? relation.get(relation.size() - 2) : null;
        var rel = ddl.catalog().findRelation(schema, relation.get(relation.size() - 1), ddl.analysis().searchPath());
        String written = String.join(".", relation);
        if (rel == null) {
            missing.skipOrFail(missingOk, new MissingNames.Missing(SqlState.UNDEFINED_TABLE,
                    "relation \"" + written + "\" does not exist"));
            return;
        }
        if (name.equals("_RETURN") && rel.kind() == 'v') {
            throw unsupported(tag);
        }
        if (missingOk) {
            missing.skipOrFail(true, undefined(noun + " \"" + name + "\" for relation \"" + written + "\" does not exist"));
            return;
        }
        throw undefined(noun + " \"" + name + "\" for " + relationNoun + " \"" + rel.name() + "\" does not exist").error();
    }

    // ---- objects named by types ---------------------------------------------------------------------------

    private void cast(Node object, boolean missingOk, String tag) {
        TypeName source = object.getList().getItems(0).getTypeName();
        TypeName target = object.getList().getItems(1).getTypeName();
        if (reported(missingOk, missing.types(object.getList().getItemsList()))) {
            return;
        }
        var from = TypeNameResolver.resolve(source, ddl.analysis());
        var to = TypeNameResolver.resolve(target, ddl.analysis());
        if (castMayExist(from, to)) {
            throw unsupported(tag);
        }
        if (missingOk) {
            missing.skipOrFail(true, undefined("cast from type " + MissingNames.written(source) + " to type "
                    + MissingNames.written(target) + " does not exist"));
            return;
        }
        throw undefined("cast from type " + TypeNames.of(from.type()) + " to type " + TypeNames.of(to.type())
                + " does not exist").error();
    }

    /**
     * User types can have no casts (pgmicro has no CREATE CAST). Between built-in types a cast to
     * the same type exists only to apply a length; other pairs are not known here.
     */
    private static boolean castMayExist(TypeNameResolver.ResolvedType from, TypeNameResolver.ResolvedType to) {
        if (isUserType(from) || isUserType(to)) {
            return false;
        }
        return from.type().oid() != to.type().oid() || SELF_CASTS.contains(from.type().name());
    }

    private static boolean isUserType(TypeNameResolver.ResolvedType t) {
        return t.domain() != null || t.type().oid() >= FIRST_NORMAL_OID;
    }

    private void transform(Node object, boolean missingOk) {
        TypeName type = object.getList().getItems(0).getTypeName();
        String language = object.getList().getItems(1).getString().getSval();
        if (reported(missingOk, missing.type(type))) {
            return;
        }
        if (missingOk) {
            missing.skipOrFail(true, undefined("transform for type " + MissingNames.written(type) + " language \"" + language
                    + "\" does not exist"));
            return;
        }
        if (!LANGUAGES.contains(language)) {
            throw undefined("language \"" + language + "\" does not exist").error();
        }
        var resolved = TypeNameResolver.resolve(type, ddl.analysis());
        throw undefined("transform for type " + TypeNames.of(resolved.type()) + " language \"" + language
                + "\" does not exist").error();
    }

    /** DROP OPERATOR name (left, right), where NONE leaves an empty argument. */
    private void operator(ObjectWithArgs op, boolean missingOk, String tag) {
        List<String> names = TableBuilder.names(op.getObjnameList());
        String written = String.join(".", names);
        Node left = op.getObjargs(0);
        Node right = op.getObjargs(1);
        MissingNames.Missing schema = missing.schemaOf(names);
        MissingNames.Missing types = missing.types(op.getObjargsList());
        if (reported(missingOk, missingOk ? MissingNames.firstOf(schema, types) : MissingNames.firstOf(types, schema))) {
            return;
        }
        if (!right.hasTypeName() && !missingOk) {
            throw new PgException(SqlState.SYNTAX_ERROR, "postfix operators are not supported");
        }
        String symbol = names.get(names.size() - 1);
        if (isSystemSchema(names) && !BuiltinOperators.byName(symbol).isEmpty()) {
            throw unsupported(tag);
        }
        if (missingOk) {
            missing.skipOrFail(true, undefined("operator " + written + " does not exist"));
            return;
        }
        String signature = (left.hasTypeName() ? formatted(left.getTypeName()) + " " : "") + written + " "
                + formatted(right.getTypeName());
        throw new PgException(SqlState.UNDEFINED_FUNCTION, "operator does not exist: " + signature);
    }

    /** DROP AGGREGATE name(args) or name(*); the ORDER BY arguments of an ordered-set aggregate follow the direct ones. */
    private void aggregate(ObjectWithArgs agg, boolean missingOk, String tag) {
        List<String> names = TableBuilder.names(agg.getObjnameList());
        String written = String.join(".", names);
        // PostgreSQL resolves the argument types before the name's schema, but reports a missing schema first under IF EXISTS
        MissingNames.Missing schema = missing.schemaOf(names);
        MissingNames.Missing types = missing.types(agg.getObjargsList());
        if (reported(missingOk, missingOk ? MissingNames.firstOf(schema, types) : MissingNames.firstOf(types, schema))) {
            return;
        }
        String name = names.get(names.size() - 1);
        if (isSystemSchema(names) && !BuiltinFunctions.byName(name).isEmpty() || !ddl.catalog().routines(name).isEmpty()) {
            throw unsupported(tag);
        }
        List<String> writtenTypes = new ArrayList<>();
        List<String> formattedTypes = new ArrayList<>();
        for (Node n : agg.getObjargsList()) {
            writtenTypes.add(MissingNames.written(n.getTypeName()));
            formattedTypes.add(formatted(n.getTypeName()));
        }
        if (missingOk) {
            missing.skipOrFail(true, undefined("aggregate " + written + "(" + String.join(",", writtenTypes) + ") does not exist"));
            return;
        }
        String args = formattedTypes.isEmpty() ? "*" : String.join(", ", formattedTypes);
        throw new PgException(SqlState.UNDEFINED_FUNCTION, "aggregate " + written + "(" + args + ") does not exist");
    }

    private String formatted(TypeName type) {
        return TypeNames.of(TypeNameResolver.resolve(type, ddl.analysis()).type());
    }

    // ---- DROP ROLE, DROP TABLESPACE -----------------------------------------------------------------------

    /** Every session runs as postgres, and pg_database_owner is the only other role. */
    String dropRoles(io.pgmicro.parse.ast.DropRoleStmt stmt) {
        for (Node n : stmt.getRolesList()) {
            String role = n.getRoleSpec().getRolename();
            if (role.equals("postgres") || n.getRoleSpec().getRoletype() != io.pgmicro.parse.ast.RoleSpecType.ROLESPEC_CSTRING) {
                throw new PgException(SqlState.OBJECT_IN_USE, "current user cannot be dropped");
            }
            if (role.equals("pg_database_owner")) {
                throw pinned("role " + role);
            }
            if (role.startsWith("pg_")) {
                throw unsupported("DROP ROLE");
            }
            missing.skipOrFail(stmt.getMissingOk(), undefined("role \"" + role + "\" does not exist"));
        }
        return "DROP ROLE";
    }

    String dropTablespace(io.pgmicro.parse.ast.DropTableSpaceStmt stmt) {
        String name = stmt.getTablespacename();
        if (name.equals("pg_default") || name.equals("pg_global")) {
            throw unsupported("DROP TABLESPACE");
        }
        missing.skipOrFail(stmt.getMissingOk(), undefined("tablespace \"" + name + "\" does not exist"));
        return "DROP TABLESPACE";
    }

    String dropSubscription(io.pgmicro.parse.ast.DropSubscriptionStmt stmt) {
        missing.skipOrFail(stmt.getMissingOk(), undefined("subscription \"" + stmt.getSubname() + "\" does not exist"));
        return "DROP SUBSCRIPTION";
    }

    // ---- messages ------------------------------------------------------------------------------------------

    /** Reports a missing schema or type: true after its NOTICE under IF EXISTS; without IF EXISTS it is the error. */
    private boolean reported(boolean missingOk, MissingNames.Missing m) {
        if (m == null) {
            return false;
        }
        missing.skipOrFail(missingOk, m);
        return true;
    }

    private static MissingNames.Missing undefined(String message) {
        return new MissingNames.Missing(SqlState.UNDEFINED_OBJECT, message);
    }

    private static PgException pinned(String description) {
        return new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop " + description
                + " because it is required by the database system");
    }

    private static PgException unsupported(String command) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support " + command + " of built-in objects");
    }
}

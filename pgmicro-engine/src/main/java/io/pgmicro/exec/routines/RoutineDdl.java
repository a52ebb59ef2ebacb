package io.pgmicro.exec.routines;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.TypeNameResolver;
import io.pgmicro.catalog.CatalogStore;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.RoutineDef;
import io.pgmicro.catalog.TriggerDef;
import io.pgmicro.exec.ddl.DdlContext;
import io.pgmicro.exec.ddl.MissingNames;
import io.pgmicro.exec.plpgsql.PlpgsqlCompiler;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.CreateFunctionStmt;
import io.pgmicro.parse.ast.CreateTrigStmt;
import io.pgmicro.parse.ast.DefElem;
import io.pgmicro.parse.ast.DropBehavior;
import io.pgmicro.parse.ast.DropStmt;
import io.pgmicro.parse.ast.FunctionParameter;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.ObjectType;
import io.pgmicro.parse.ast.ObjectWithArgs;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE FUNCTION / PROCEDURE, CREATE TRIGGER and their DROPs: they only write
 * pgmicro's catalog (a routine's body is interpreted when it is called), inside the
 * transaction the session opened for the DDL statement.
 */
public final class RoutineDdl {
    private final DdlContext ddl;

    public RoutineDdl(DdlContext ddl) {
        this.ddl = ddl;
    }

    /** Runs the statement if it is one of the routine or trigger statements, else returns null. */
    public String run(Node stmt) {
        return switch (stmt.getNodeCase()) {
            case CREATE_FUNCTION_STMT -> createRoutine(stmt.getCreateFunctionStmt());
            case CREATE_TRIG_STMT -> createTrigger(stmt.getCreateTrigStmt());
            case DROP_STMT -> switch (stmt.getDropStmt().getRemoveType()) {
                case OBJECT_FUNCTION, OBJECT_PROCEDURE, OBJECT_ROUTINE -> dropRoutines(stmt.getDropStmt());
                case OBJECT_TRIGGER -> dropTrigger(stmt.getDropStmt());
                default -> null;
            };
            default -> null;
        };
    }

    // ---- CREATE FUNCTION ---------------------------------------------------------------------------

    private String createRoutine(CreateFunctionStmt stmt) {
        List<String> qualified = strings(stmt.getFuncnameList());
        String name = qualified.get(qualified.size() - 1);
        String schema = ddl.creationSchema(qualified.size() > 1 ? qualified.get(qualified.size() - 2) : null);
        boolean procedure = stmt.getIsProcedure();
        List<RoutineDef.Parameter> parameters = new ArrayList<>();
        boolean returnsTable = false;
        for (Node n : stmt.getParametersList()) {
            FunctionParameter p = n.getFunctionParameter();
            TypeNameResolver.ResolvedType t = RoutineTypes.resolve(p.getArgType(), ddl.analysis());
            char mode = switch (p.getMode()) {
                case FUNC_PARAM_OUT -> 'o';
                case FUNC_PARAM_INOUT -> 'b';
                case FUNC_PARAM_VARIADIC -> 'v';
                case FUNC_PARAM_TABLE -> 't';
                default -> 'i';
            };
            returnsTable |= mode == 't';
            String defaultText = p.hasDefexpr() ? Parser.deparseExpression(p.getDefexpr()) : null;
            if (defaultText == null && mode == 'i' && parameters.stream().anyMatch(q -> q.isInput() && q.defaultValue() != null)) {
                throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION,
                        "input parameters after one with a default value must also have defaults");
            }
            parameters.add(new RoutineDef.Parameter(mode, p.getName(), t.type().oid(), t.typmod(), defaultText));
        }
        String language = null;
        String body = null;
        boolean strict = false;
        char volatility = 'v';
        for (Node n : stmt.getOptionsList()) {
            DefElem d = n.getDefElem();
            switch (d.getDefname()) {
                case "language" -> language = d.getArg().getString().getSval();
                case "as" -> body = d.getArg().hasList()
                        ? d.getArg().getList().getItems(0).getString().getSval() : d.getArg().getString().getSval();
                case "strict" -> strict = d.getArg().getBoolean().getBoolval();
                case "volatility" -> volatility = d.getArg().getString().getSval().charAt(0);
                default -> {
                    // SECURITY, PARALLEL, COST, ROWS, LEAKPROOF, SET: accepted; pgmicro has no use for them
                }
            }
        }
        if (stmt.hasSqlBody()) {
            language = language == null ? "sql" : language;
            body = atomicBody(stmt.getSqlBody());
        }
        if (language == null) {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "no language specified");
        }
        if (!language.equals("sql") && !language.equals("plpgsql")) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "language \"" + language + "\" does not exist");
        }
        if (body == null) {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "no function body specified");
        }
        PgType returnType;
        int returnTypmod = -1;
        boolean returnsSet = false;
        List<RoutineDef.Parameter> outputs = parameters.stream().filter(RoutineDef.Parameter::isOutput).toList();
        if (procedure) {
            returnType = outputs.isEmpty() ? Types.VOID : Types.RECORD;
        } else if (stmt.hasReturnType()) {
            TypeNameResolver.ResolvedType t = RoutineTypes.resolve(stmt.getReturnType(), ddl.analysis());
            returnType = t.type();
            returnTypmod = t.typmod();
            returnsSet = stmt.getReturnType().getSetof() || returnsTable;
        } else if (outputs.isEmpty()) {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "function result type must be specified");
        } else {
            returnType = outputs.size() == 1 ? ddl.catalog().type(outputs.get(0).typeOid()) : Types.RECORD;
        }
        if (returnType.oid() == Types.TRIGGER.oid() && !parameters.isEmpty()) {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "trigger functions cannot have declared arguments")
                    .withHint("The arguments of the trigger can be accessed through TG_NARGS and TG_ARGV instead.");
        }
        if (returnType.oid() == Types.TRIGGER.oid() && language.equals("sql")) {
            throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "SQL functions cannot return type trigger");
        }
        List<Integer> inputTypes = parameters.stream().filter(RoutineDef.Parameter::isInput)
                .map(RoutineDef.Parameter::typeOid).toList();
        RoutineDef existing = RoutineLookup.exact(ddl.catalog(), schema, name, inputTypes, List.of(schema));
        int oid;
        if (existing != null) {
            if (!stmt.getReplace()) {
                throw new PgException(SqlState.DUPLICATE_FUNCTION, "function \"" + name
                        + "\" already exists with same argument types");
            }
            if (existing.isProcedure() != procedure) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "cannot change routine kind")
                        .withDetail("\"" + name + "\" is a " + (existing.isProcedure() ? "procedure." : "function."));
            }
            if (existing.returnTypeOid() != returnType.oid() || existing.returnsSet() != returnsSet) {
                throw new PgException(SqlState.INVALID_FUNCTION_DEFINITION, "cannot change return type of existing function")
                        .withHint("Use DROP " + (procedure ? "PROCEDURE " : "FUNCTION ")
                                + RoutineLookup.described(ddl.catalog(), name, inputTypes) + " first.");
            }
            oid = existing.oid();
        } else {
            oid = ddl.newOid();
        }
        RoutineDef def = new RoutineDef(oid, schema, name, procedure ? 'p' : 'f', language, parameters, returnType.oid(),
                returnTypmod, returnsSet, body, strict, volatility);
        validate(def);
        try {
            CatalogStore.putRoutine(ddl.conn(), def);
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: cannot write the catalog: " + e.getMessage());
        }
        return procedure ? "CREATE PROCEDURE" : "CREATE FUNCTION";
    }

    /** A BEGIN ATOMIC body or RETURN expr, kept as the SQL text of its statements. */
    private static String atomicBody(Node sqlBody) {
        if (sqlBody.hasReturnStmt()) {
            return "SELECT " + Parser.deparseExpression(sqlBody.getReturnStmt().getReturnval());
        }
        List<String> statements = new ArrayList<>();
        for (Node item : sqlBody.getList().getItemsList()) {
            Node inner = item.hasList() ? null : item;
            if (item.hasList()) {
                for (Node s : item.getList().getItemsList()) {
                    statements.add(statementText(s));
                }
            } else {
                statements.add(statementText(inner));
            }
        }
        return String.join(";\n", statements);
    }

    private static String statementText(Node stmt) {
        if (stmt.hasReturnStmt()) {
            return "SELECT " + Parser.deparseExpression(stmt.getReturnStmt().getReturnval());
        }
        return Parser.deparse(stmt);
    }

    /** Syntax errors in a body are reported by CREATE FUNCTION, as PostgreSQL's validators do. */
    private void validate(RoutineDef def) {
        try {
            if (def.language().equals("plpgsql")) {
                PlpgsqlCompiler.compile(def, ddl.analysis());
            } else {
                Parser.parse(def.body());
            }
        } catch (PgException e) {
            // a position in the body becomes one in the statement, where the body's text sits
            int bodyStart = ddl.analysis().statementText().indexOf(def.body());
            if (e.position() > 0 && bodyStart >= 0) {
                e.withPosition(bodyStart + e.position());
            }
            throw e;
        }
    }

    // ---- DROP FUNCTION -----------------------------------------------------------------------------

    private String dropRoutines(DropStmt stmt) {
        String what = switch (stmt.getRemoveType()) {
            case OBJECT_PROCEDURE -> "procedure";
            case OBJECT_ROUTINE -> "routine";
            default -> "function";
        };
        for (Node n : stmt.getObjectsList()) {
            ObjectWithArgs target = n.getObjectWithArgs();
            List<String> qualified = strings(target.getObjnameList());
            String name = qualified.get(qualified.size() - 1);
            String schema = qualified.size() > 1 ? qualified.get(qualified.size() - 2) : null;
            // PostgreSQL resolves the argument types before the name's schema, but reports a missing schema first under IF EXISTS
            MissingNames names = new MissingNames(ddl);
            MissingNames.Missing missingSchema = names.schemaOf(qualified);
            MissingNames.Missing missingType = target.getArgsUnspecified() ? null : names.types(target.getObjargsList());
            MissingNames.Missing unknown = stmt.getMissingOk() ? MissingNames.firstOf(missingSchema, missingType)
                    : MissingNames.firstOf(missingType, missingSchema);
            if (unknown != null) {
                names.skipOrFail(stmt.getMissingOk(), unknown);
                continue;
            }
            RoutineDef found;
            if (target.getArgsUnspecified()) {
                List<RoutineDef> named = RoutineLookup.named(ddl.catalog(), schema, name, ddl.analysis().searchPath());
                if (named.size() > 1) {
                    throw new PgException(SqlState.AMBIGUOUS_FUNCTION, what + " name \"" + name + "\" is not unique")
                            .withHint("Specify the argument list to select the " + what + " unambiguously.");
                }
                found = named.isEmpty() ? null : named.get(0);
                if (found == null) {
                    missing(stmt, "could not find a " + what + " named \"" + name + "\"",
                            what + " " + name + "() does not exist, skipping");
                    continue;
                }
            } else {
                List<Integer> types = new ArrayList<>();
                List<String> written = new ArrayList<>();
                for (Node t : target.getObjargsList()) {
                    types.add(RoutineTypes.resolve(t.getTypeName(), ddl.analysis()).type().oid());
                    written.add(MissingNames.written(t.getTypeName()));
                }
                found = RoutineLookup.exact(ddl.catalog(), schema, name, types, ddl.analysis().searchPath());
                if (found == null) {
                    String sig = RoutineLookup.signature(ddl.catalog(), name, types);
                    // the NOTICE names the types as the statement's parse tree spells them (pg_catalog.int4)
                    missing(stmt, what + " " + sig + " does not exist", what + " " + name + "("
                            + String.join(",", written) + ") does not exist, skipping");
                    continue;
                }
            }
            dropDependentTriggers(found, stmt.getBehavior() == DropBehavior.DROP_CASCADE);
            ddl.remove(found.oid());
        }
        return switch (stmt.getRemoveType()) {
            case OBJECT_PROCEDURE -> "DROP PROCEDURE";
            case OBJECT_ROUTINE -> "DROP ROUTINE";
            default -> "DROP FUNCTION";
        };
    }

    private void missing(DropStmt stmt, String error, String notice) {
        if (!stmt.getMissingOk()) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, error);
        }
        ddl.notice(notice);
    }

    private void dropDependentTriggers(RoutineDef routine, boolean cascade) {
        List<TriggerDef> dependents = ddl.catalog().triggers().stream()
                .filter(t -> t.functionOid() == routine.oid()).sorted(java.util.Comparator.comparing(TriggerDef::name)).toList();
        if (dependents.isEmpty()) {
            return;
        }
        String sig = RoutineLookup.described(ddl.catalog(), routine.name(), routine.inputTypeOids());
        List<String> lines = new ArrayList<>();
        for (TriggerDef t : dependents) {
            RelationDef table = ddl.catalog().relation(t.tableOid());
            lines.add("trigger " + t.name() + " on table " + (table == null ? "?" : table.name()) + " depends on function " + sig);
        }
        if (!cascade) {
            throw new PgException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop function " + sig
                    + " because other objects depend on it").withDetail(String.join("\n", lines))
                    .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
        }
        for (TriggerDef t : dependents) {
            RelationDef table = ddl.catalog().relation(t.tableOid());
            ddl.notice("drop cascades to trigger " + t.name() + " on table " + (table == null ? "?" : table.name()));
            ddl.remove(t.oid());
        }
    }

    // ---- CREATE TRIGGER ----------------------------------------------------------------------------

    private static final int TRIGGER_TYPE_BEFORE = 1 << 1;
    private static final int TRIGGER_TYPE_INSERT = 1 << 2;
    private static final int TRIGGER_TYPE_DELETE = 1 << 3;
    private static final int TRIGGER_TYPE_UPDATE = 1 << 4;
    private static final int TRIGGER_TYPE_TRUNCATE = 1 << 5;
    private static final int TRIGGER_TYPE_INSTEAD = 1 << 6;

    private String createTrigger(CreateTrigStmt stmt) {
        var rv = stmt.getRelation();
        RelationDef table = ddl.catalog().findRelation(rv.getSchemaname(), rv.getRelname(), ddl.analysis().searchPath());
        if (table == null) {
            throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + rv.getRelname() + "\" does not exist");
        }
        if (!table.isTable() && table.kind() != 'v') {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro supports triggers on tables and views only");
        }
        if (stmt.getTransitionRelsCount() > 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support transition tables yet");
        }
        char timing = (stmt.getTiming() & TRIGGER_TYPE_INSTEAD) != 0 ? 'I'
                : (stmt.getTiming() & TRIGGER_TYPE_BEFORE) != 0 ? 'B' : 'A';
        if (table.kind() == 'v') {
            if (timing != 'I' && stmt.getRow()) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + table.name() + "\" is a view")
                        .withDetail("Views cannot have row-level BEFORE or AFTER triggers.");
            }
            if ((stmt.getEvents() & TRIGGER_TYPE_TRUNCATE) != 0) {
                throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + table.name() + "\" is a view")
                        .withDetail("Views cannot have TRUNCATE triggers.");
            }
        } else if (timing == 'I') {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + table.name() + "\" is a table")
                    .withDetail("Tables cannot have INSTEAD OF triggers.");
        }
        if (timing == 'I') {
            if (!stmt.getRow()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "INSTEAD OF triggers must be FOR EACH ROW");
            }
            if (stmt.hasWhenClause()) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "INSTEAD OF triggers cannot have WHEN conditions");
            }
            if (stmt.getColumnsCount() > 0) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "INSTEAD OF triggers cannot have column lists");
            }
        }
        List<String> events = new ArrayList<>();
        if ((stmt.getEvents() & TRIGGER_TYPE_INSERT) != 0) {
            events.add("INSERT");
        }
        if ((stmt.getEvents() & TRIGGER_TYPE_UPDATE) != 0) {
            events.add("UPDATE");
        }
        if ((stmt.getEvents() & TRIGGER_TYPE_DELETE) != 0) {
            events.add("DELETE");
        }
        if ((stmt.getEvents() & TRIGGER_TYPE_TRUNCATE) != 0) {
            events.add("TRUNCATE");
        }
        if (stmt.hasWhenClause()) {
            TriggerWhen.check(stmt.getWhenClause(), stmt.getRow(), timing == 'B', events);
        }
        List<String> columns = strings(stmt.getColumnsList());
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            if (table.attribute(c) == null) {
                throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + c + "\" of relation \"" + table.name()
                        + "\" does not exist");
            }
            if (columns.subList(0, i).contains(c)) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + c + "\" specified more than once");
            }
        }
        List<String> qualified = strings(stmt.getFuncnameList());
        String fname = qualified.get(qualified.size() - 1);
        String fschema = qualified.size() > 1 ? qualified.get(qualified.size() - 2) : null;
        RoutineDef function = RoutineLookup.exact(ddl.catalog(), fschema, fname, List.of(), ddl.analysis().searchPath());
        if (function == null) {
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "function " + fname + "() does not exist");
        }
        if (function.returnTypeOid() != Types.TRIGGER.oid()) {
            throw new PgException(SqlState.INVALID_OBJECT_DEFINITION, "function " + fname + " must return type trigger");
        }
        String when = stmt.hasWhenClause() ? Parser.deparseExpression(stmt.getWhenClause()) : null;
        List<String> arguments = strings(stmt.getArgsList());
        TriggerDef existing = ddl.catalog().triggersOf(table.oid()).stream()
                .filter(t -> t.name().equals(stmt.getTrigname())).findFirst().orElse(null);
        if (existing != null && !stmt.getReplace()) {
            throw new PgException(SqlState.DUPLICATE_OBJECT, "trigger \"" + stmt.getTrigname() + "\" for relation \""
                    + table.name() + "\" already exists");
        }
        int oid = existing != null ? existing.oid() : ddl.newOid();
        TriggerDef def = new TriggerDef(oid, stmt.getTrigname(), table.oid(), function.oid(), timing, events, columns,
                stmt.getRow(), when, arguments, 'O', stmt.getIsconstraint(), stmt.getDeferrable(), stmt.getInitdeferred());
        try {
            CatalogStore.putTrigger(ddl.conn(), def);
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: cannot write the catalog: " + e.getMessage());
        }
        return "CREATE TRIGGER";
    }

    private String dropTrigger(DropStmt stmt) {
        for (Node n : stmt.getObjectsList()) {
            List<String> names = strings(n.getList().getItemsList());
            String trigger = names.get(names.size() - 1);
            String tableName = names.get(names.size() - 2);
            String schema = names.size() > 2 ? names.get(names.size() - 3) : null;
            MissingNames.Missing missingSchema = new MissingNames(ddl).schemaOf(names.subList(0, names.size() - 1));
            if (missingSchema != null) {
                new MissingNames(ddl).skipOrFail(stmt.getMissingOk(), missingSchema);
                continue;
            }
            RelationDef table = ddl.catalog().findRelation(schema, tableName, ddl.analysis().searchPath());
            if (table == null) {
                if (stmt.getMissingOk()) {
                    ddl.notice("relation \"" + tableName + "\" does not exist, skipping");
                    continue;
                }
                throw new PgException(SqlState.UNDEFINED_TABLE, "relation \"" + tableName + "\" does not exist");
            }
            TriggerDef found = ddl.catalog().triggersOf(table.oid()).stream()
                    .filter(t -> t.name().equals(trigger)).findFirst().orElse(null);
            if (found == null) {
                if (stmt.getMissingOk()) {
                    ddl.notice("trigger \"" + trigger + "\" for relation \"" + table.name() + "\" does not exist, skipping");
                    continue;
                }
                throw new PgException(SqlState.UNDEFINED_OBJECT, "trigger \"" + trigger + "\" for table \"" + table.name()
                        + "\" does not exist");
            }
            ddl.remove(found.oid());
        }
        return "DROP TRIGGER";
    }

    private static List<String> strings(List<Node> nodes) {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            out.add(n.getString().getSval());
        }
        return out;
    }
}

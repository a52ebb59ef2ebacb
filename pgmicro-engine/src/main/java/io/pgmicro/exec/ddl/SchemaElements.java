package io.pgmicro.exec.ddl;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.parse.ast.ScanToken;
import io.pgmicro.parse.ast.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The elements of CREATE SCHEMA name CREATE TABLE ... CREATE VIEW ... CREATE INDEX ...
 * As PostgreSQL does, each goes into the new schema (naming another schema is an error), they
 * run in the order sequences, tables, views, indexes (so an index or view may name a table
 * written after it), and an unqualified name in a view's query finds the new schema's
 * relations first. pgmicro keeps a view's query as text, so such names are written
 * qualified into it (PostgreSQL binds them when the view is made).
 */
final class SchemaElements {
    private final DdlContext ddl;
    private final String schema;

    SchemaElements(DdlContext ddl, String schema) {
        this.ddl = ddl;
        this.schema = schema;
    }

    /** CREATE SCHEMA IF NOT EXISTS may not have elements; the error points at the first one. */
    static PgException notAllowedWithIfNotExists(DdlContext ddl, Node first) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, "CREATE SCHEMA IF NOT EXISTS cannot include schema elements")
                .atLocation(startOf(ddl, target(first)));
    }

    void create(List<Node> elements) {
        List<Node> ordered = new ArrayList<>();
        for (Node.NodeCase kind : List.of(Node.NodeCase.CREATE_SEQ_STMT, Node.NodeCase.CREATE_STMT, Node.NodeCase.VIEW_STMT,
                Node.NodeCase.INDEX_STMT, Node.NodeCase.CREATE_TRIG_STMT, Node.NodeCase.GRANT_STMT)) {
            for (Node element : elements) {
                if (element.getNodeCase() == kind) {
                    ordered.add(element);
                }
            }
        }
        for (Node element : ordered) {
            Node placed = inSchema(element);
            // each element sees what the ones before it created
            DdlContext context = new DdlContext(ddl.conn(), ddl.analysis().withCatalog(ddl.reload()), ddl.sequences(),
                    ddl.notices(), ddl.parameters(), ddl.inTransactionBlock());
            String tag = new DdlExecutor(context).run(placed);
            if (tag == null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "pgmicro does not support "
                        + element.getNodeCase().name().replace("_STMT", "").replace('_', ' ') + " inside CREATE SCHEMA yet");
            }
        }
    }

    /** The element with its relation placed in the new schema. */
    private Node inSchema(Node element) {
        RangeVar rv = target(element);
        if (rv == null) {
            return element;
        }
        if (!rv.getSchemaname().isEmpty() && !rv.getSchemaname().equals(schema)) {
            throw new PgException(SqlState.INVALID_SCHEMA_DEFINITION, "CREATE specifies a schema (" + rv.getSchemaname()
                    + ") different from the one being created (" + schema + ")");
        }
        RangeVar placed = rv.toBuilder().setSchemaname(schema).build();
        return switch (element.getNodeCase()) {
            case CREATE_SEQ_STMT -> Node.newBuilder().setCreateSeqStmt(element.getCreateSeqStmt().toBuilder().setSequence(placed)).build();
            case CREATE_STMT -> Node.newBuilder().setCreateStmt(element.getCreateStmt().toBuilder().setRelation(placed)).build();
            case VIEW_STMT -> Node.newBuilder().setViewStmt(element.getViewStmt().toBuilder().setView(placed)
                    .setQuery(qualified(element.getViewStmt().getQuery()))).build();
            case INDEX_STMT -> Node.newBuilder().setIndexStmt(element.getIndexStmt().toBuilder().setRelation(placed)).build();
            default -> element;
        };
    }

    /** The query with each unqualified relation name that the new schema holds written with that schema. */
    private Node qualified(Node query) {
        var catalog = ddl.reload();
        java.util.Set<String> cteNames = new java.util.HashSet<>();
        collectCteNames(query, cteNames);
        return (Node) rewriteRangeVars(query, rv -> rv.getSchemaname().isEmpty() && !cteNames.contains(rv.getRelname())
                && catalog.relation(schema, rv.getRelname()) != null ? rv.toBuilder().setSchemaname(schema).build() : rv);
    }

    /** Names a WITH clause anywhere in the query defines: such a name is not the schema's relation. */
    private static void collectCteNames(Message m, java.util.Set<String> out) {
        if (m instanceof io.pgmicro.parse.ast.CommonTableExpr cte) {
            out.add(cte.getCtename());
        }
        for (var e : m.getAllFields().entrySet()) {
            if (e.getKey().getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            if (e.getKey().isRepeated()) {
                for (Object child : (List<?>) e.getValue()) {
                    collectCteNames((Message) child, out);
                }
            } else {
                collectCteNames((Message) e.getValue(), out);
            }
        }
    }

    private static Message rewriteRangeVars(Message m, java.util.function.UnaryOperator<RangeVar> change) {
        return io.pgmicro.parse.TreeRewrite.rewrite(m, n -> n instanceof RangeVar rv ? change.apply(rv) : null);
    }

    private static RangeVar target(Node element) {
        return switch (element.getNodeCase()) {
            case CREATE_SEQ_STMT -> element.getCreateSeqStmt().getSequence();
            case CREATE_STMT -> element.getCreateStmt().getRelation();
            case VIEW_STMT -> element.getViewStmt().getView();
            case INDEX_STMT -> element.getIndexStmt().getRelation();
            case CREATE_TRIG_STMT -> element.getCreateTrigStmt().getRelation();
            default -> null;
        };
    }

    /** Where an element's text begins: the CREATE keyword before the name of what it creates. */
    private static int startOf(DdlContext ddl, RangeVar rv) {
        if (rv == null) {
            return -1;
        }
        int start = -1;
        for (ScanToken t : Parser.scan(ddl.analysis().statementText())) {
            if (t.getStart() > rv.getLocation()) {
                break;
            }
            if (t.getToken() == Token.CREATE) {
                start = t.getStart();
            }
        }
        return start;
    }
}

package io.pgmicro.session;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.AnalysisContext;
import io.pgmicro.parse.ast.GrantStmt;
import io.pgmicro.parse.ast.GrantTargetType;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.ObjectType;
import io.pgmicro.parse.ast.RangeVar;
import io.pgmicro.parse.ast.RoleSpecType;

/**
 * GRANT and REVOKE of privileges on objects. pgmicro has no privilege system: every
 * session is the superuser, who may do anything, so a grant changes nothing. The
 * statement is still checked the way PostgreSQL checks it before it records anything,
 * so that a script that names a missing table or schema fails here as it would there.
 * Only tables (views, sequences) and schemas are checked; the other kinds of object
 * (functions, types, languages, databases ...) and the roles named are accepted as they are.
 */
final class GrantCommand {
    private GrantCommand() {
    }

    static Result run(GrantStmt stmt, AnalysisContext ctx) {
        if (stmt.getIsGrant() && stmt.getGrantOption()) {
            for (Node grantee : stmt.getGranteesList()) {
                if (grantee.getRoleSpec().getRoletype() == RoleSpecType.ROLESPEC_PUBLIC) {
                    throw new PgException(SqlState.INVALID_GRANT_OPERATION, "grant options can only be granted to roles");
                }
            }
        }
        boolean namesSchemas = stmt.getTargtype() == GrantTargetType.ACL_TARGET_ALL_IN_SCHEMA
                || stmt.getObjtype() == ObjectType.OBJECT_SCHEMA;
        for (Node object : stmt.getObjectsList()) {
            if (namesSchemas) {
                requireSchema(ctx, object.getString().getSval());
            } else if (object.hasRangeVar()) {
                requireRelation(stmt, ctx, object.getRangeVar());
            }
        }
        return Result.command(stmt.getIsGrant() ? "GRANT" : "REVOKE");
    }

    private static void requireSchema(AnalysisContext ctx, String schema) {
        if (!ctx.catalog().hasSchema(schema)) {
            throw new PgException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + schema + "\" does not exist");
        }
    }

    private static void requireRelation(GrantStmt stmt, AnalysisContext ctx, RangeVar rv) {
        NamedRelation named = NamedRelation.require(ctx, rv);
        if (stmt.getObjtype() == ObjectType.OBJECT_SEQUENCE
                && (named.user() == null || named.user().kind() != 'S')) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, "\"" + rv.getRelname() + "\" is not a sequence");
        }
    }
}

package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.CatalogStore;
import io.pgmicro.catalog.EnumTypeDef;
import io.pgmicro.parse.ast.AlterEnumStmt;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

/** ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'label' [BEFORE | AFTER 'label'] and RENAME VALUE 'a' TO 'b'. */
final class AlterEnum {
    /** PostgreSQL's NAMEDATALEN - 1: a label is stored as a name. */
    private static final int MAX_LABEL_BYTES = 63;

    private final DdlContext ddl;

    AlterEnum(DdlContext ddl) {
        this.ddl = ddl;
    }

    String alter(AlterEnumStmt stmt) {
        List<String> names = TableBuilder.names(stmt.getTypeNameList());
        String name = names.get(names.size() - 1);
        String schema = names.size() > 1 ? names.get(names.size() - 2) : null;
        EnumTypeDef type = ddl.catalog().findEnum(schema, name, ddl.analysis().searchPath());
        if (type == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "type \"" + name + "\" does not exist");
        }
        String label = stmt.getNewVal();
        checkLength(label);
        EnumTypeDef changed;
        if (!stmt.getOldVal().isEmpty()) {
            // a missing old label is reported first, by the rename itself
            if (type.labels().contains(stmt.getOldVal()) && type.labels().contains(label)) {
                throw alreadyExists(label);
            }
            changed = type.withLabelRenamed(stmt.getOldVal(), label);
        } else if (type.labels().contains(label)) {
            if (!stmt.getSkipIfNewValExists()) {
                throw alreadyExists(label);
            }
            ddl.notice("enum label \"" + label + "\" already exists, skipping");
            return "ALTER TYPE";
        } else {
            changed = type.withLabel(label, stmt.getNewValNeighbor(), stmt.getNewValIsAfter());
        }
        try {
            CatalogStore.putEnum(ddl.conn(), changed);
        } catch (SQLException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "pgmicro: " + e.getMessage());
        }
        ddl.reload();
        return "ALTER TYPE";
    }

    private static void checkLength(String label) {
        if (label.isEmpty() || label.getBytes(StandardCharsets.UTF_8).length > MAX_LABEL_BYTES) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid enum label \"" + label + "\"")
                    .withDetail("Labels must be " + MAX_LABEL_BYTES + " bytes or less.");
        }
    }

    private static PgException alreadyExists(String label) {
        return new PgException(SqlState.DUPLICATE_OBJECT, "enum label \"" + label + "\" already exists");
    }
}

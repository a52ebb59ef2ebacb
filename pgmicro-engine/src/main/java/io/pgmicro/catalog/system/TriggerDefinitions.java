package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RelationDef;
import io.pgmicro.catalog.TriggerDef;
import io.pgmicro.parse.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** What pg_trigger says of a trigger (tgtype, tgattr, tgargs) and the CREATE TRIGGER pg_get_triggerdef prints. */
final class TriggerDefinitions {
    /** The bits of pg_trigger.tgtype. */
    private static final int ROW = 1;
    private static final int BEFORE = 2;
    private static final int INSTEAD = 64;

    /** The events in the order PostgreSQL lists them, with their tgtype bits. */
    private static final List<String> EVENTS = List.of("INSERT", "DELETE", "UPDATE", "TRUNCATE");
    private static final int[] EVENT_BITS = {4, 8, 16, 32};

    private TriggerDefinitions() {
    }

    static int type(TriggerDef t) {
        int type = t.forEachRow() ? ROW : 0;
        type |= t.timing() == 'B' ? BEFORE : t.timing() == 'I' ? INSTEAD : 0;
        for (int i = 0; i < EVENTS.size(); i++) {
            if (t.events().contains(EVENTS.get(i))) {
                type |= EVENT_BITS[i];
            }
        }
        return type;
    }

    /** tgattr: the attribute numbers of UPDATE OF's columns, as int2vector text. */
    static String updateColumnNumbers(RelationDef table, TriggerDef t) {
        List<String> numbers = new ArrayList<>();
        for (String column : t.updateColumns()) {
            numbers.add(Integer.toString(UserObjects.attnum(table, column)));
        }
        return String.join(" ", numbers);
    }

    /** tgargs: each argument followed by a zero byte. */
    static byte[] argumentBytes(TriggerDef t) {
        StringBuilder sb = new StringBuilder();
        for (String a : t.arguments()) {
            sb.append(a).append('\0');
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * pg_get_triggerdef(trigger, pretty). The plain form always qualifies the table and
     * doubles the parentheses around WHEN; the pretty one qualifies the table only when
     * it is not visible; the function, as regproc prints it, when it is not visible.
     */
    static String definition(CatalogSnapshot catalog, List<String> searchPath, RelationDef table, TriggerDef t,
                             boolean pretty) {
        StringBuilder sb = new StringBuilder(t.constraint() ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER ").append(ExpressionPrinter.quoteIdent(t.name())).append(' ')
                .append(switch (t.timing()) {
                    case 'B' -> "BEFORE";
                    case 'I' -> "INSTEAD OF";
                    default -> "AFTER";
                });
        String separator = " ";
        for (String event : EVENTS) {
            if (!t.events().contains(event)) {
                continue;
            }
            sb.append(separator).append(event);
            separator = " OR ";
            if (event.equals("UPDATE") && !t.updateColumns().isEmpty()) {
                List<String> columns = new ArrayList<>();
                t.updateColumns().forEach(c -> columns.add(ExpressionPrinter.quoteIdent(c)));
                sb.append(" OF ").append(String.join(", ", columns));
            }
        }
        String tableName = pretty ? Visibility.relationName(catalog, searchPath, table)
                : ExpressionPrinter.quoteIdent(table.schema()) + "." + ExpressionPrinter.quoteIdent(table.name());
        sb.append(" ON ").append(tableName);
        if (t.constraint()) {
            sb.append(t.deferrable() ? " DEFERRABLE" : " NOT DEFERRABLE")
                    .append(t.deferred() ? " INITIALLY DEFERRED" : " INITIALLY IMMEDIATE");
        }
        sb.append(t.forEachRow() ? " FOR EACH ROW" : " FOR EACH STATEMENT");
        if (t.when() != null) {
            String condition = ExpressionPrinter.print(t.when(), table, catalog, pretty);
            sb.append(" WHEN (").append(condition).append(')');
        }
        sb.append(" EXECUTE FUNCTION ").append(new CatalogLookups(catalog, searchPath).functionName(t.functionOid()));
        return sb.append(quotedArguments(t)).toString();
    }

    /**
     * The WHEN condition as information_schema.triggers gives it (what pg_get_triggerdef prints
     * inside {@code WHEN (...)}): an operator or boolean expression in its own parentheses, a
     * constant, column or call without; null when the trigger has none.
     */
    static String condition(TriggerDef t) {
        if (t.when() == null) {
            return null;
        }
        Node n = ExpressionPrinter.parse(t.when());
        boolean bare = n.hasAConst() || n.hasColumnRef() || n.hasFuncCall() || n.hasParamRef();
        return bare ? t.when() : "(" + t.when() + ")";
    }

    /** {@code EXECUTE FUNCTION name('arg', ...)}, the name qualified when its schema is not on the search path. */
    static String action(TriggerDef t, CatalogSnapshot catalog, SessionInfo session) {
        return "EXECUTE FUNCTION " + new CatalogLookups(catalog, session.searchPath()).functionName(t.functionOid())
                + quotedArguments(t);
    }

    /** The trigger's arguments as string literals in parentheses. */
    private static String quotedArguments(TriggerDef t) {
        List<String> args = new ArrayList<>();
        for (String a : t.arguments()) {
            args.add("'" + a.replace("'", "''") + "'");
        }
        return "(" + String.join(", ", args) + ")";
    }
}

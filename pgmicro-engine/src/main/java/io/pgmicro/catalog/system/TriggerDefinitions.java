package io.pgmicro.catalog.system;

import io.pgmicro.catalog.CatalogSnapshot;
import io.pgmicro.catalog.RoutineDef;
import io.pgmicro.catalog.TriggerDef;
import io.pgmicro.parse.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** Parts of a trigger's definition as pg_get_triggerdef prints them (information_schema.triggers quotes them). */
final class TriggerDefinitions {
    private TriggerDefinitions() {
    }

    /**
     * The WHEN condition as pg_get_triggerdef prints it inside {@code WHEN (...)}: an operator
     * or boolean expression in its own parentheses, a constant, column or call without; null
     * when the trigger has none.
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
        RoutineDef f = catalog.routine(t.functionOid());
        String name = f == null ? "-" : ExpressionPrinter.quoteIdent(f.name());
        if (f != null && !session.searchPath().contains(f.schema())) {
            name = ExpressionPrinter.quoteIdent(f.schema()) + "." + name;
        }
        List<String> args = new ArrayList<>();
        for (String a : t.arguments()) {
            args.add("'" + a.replace("'", "''") + "'");
        }
        return "EXECUTE FUNCTION " + name + "(" + String.join(", ", args) + ")";
    }
}

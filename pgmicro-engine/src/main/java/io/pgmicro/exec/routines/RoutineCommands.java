package io.pgmicro.exec.routines;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.analyze.Typed;
import io.pgmicro.catalog.RoutineDef;
import io.pgmicro.parse.Parser;
import io.pgmicro.parse.ast.CallStmt;
import io.pgmicro.parse.ast.DefElem;
import io.pgmicro.parse.ast.DoStmt;
import io.pgmicro.parse.ast.FuncCall;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.parse.ast.ResTarget;
import io.pgmicro.parse.ast.SelectStmt;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/** DO blocks and CALL: routines run as statements of their own. */
public final class RoutineCommands {
    private final Routines routines;

    public RoutineCommands(Routines routines) {
        this.routines = routines;
    }

    /** DO: the block runs as the body of an anonymous PL/pgSQL function returning void. */
    public void doBlock(DoStmt stmt) {
        String body = null;
        String language = "plpgsql";
        for (Node n : stmt.getArgsList()) {
            DefElem d = n.getDefElem();
            if (d.getDefname().equals("as")) {
                body = d.getArg().getString().getSval();
            } else if (d.getDefname().equals("language")) {
                language = d.getArg().getString().getSval();
            }
        }
        if (!language.equals("plpgsql")) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "language \"" + language + "\" does not exist");
        }
        RoutineDef block = new RoutineDef(0, "pg_temp", "inline_code_block", 'f', "plpgsql", List.of(),
                Types.VOID.oid(), -1, false, body, false, 'v');
        routines.call(block, List.of());
    }

    /** CALL: the arguments are evaluated as a SELECT list, then the procedure they fit runs. */
    public void call(CallStmt stmt) {
        FuncCall call = stmt.getFunccall();
        List<String> qualified = new ArrayList<>();
        for (Node n : call.getFuncnameList()) {
            qualified.add(n.getString().getSval());
        }
        String name = qualified.get(qualified.size() - 1);
        String schema = qualified.size() > 1 ? qualified.get(qualified.size() - 2) : null;
        List<Value> args = arguments(call);
        List<RoutineDef> named = RoutineLookup.named(routines.runtime().catalog(), schema, name,
                routines.runtime().analysis(List.of(), "").searchPath());
        RoutineDef chosen = null;
        for (RoutineDef r : named) {
            int required = (int) r.inputs().stream().filter(p -> p.defaultValue() == null).count();
            if (args.size() >= required && args.size() <= r.inputs().size()) {
                chosen = r;
                break;
            }
        }
        if (chosen == null) {
            String sig = RoutineLookup.signature(routines.runtime().catalog(), name,
                    args.stream().map(v -> v.type().oid()).toList());
            throw new PgException(SqlState.UNDEFINED_FUNCTION, "procedure " + sig + " does not exist")
                    .withHint("No procedure matches the given name and argument types. You might need to add explicit type casts.")
                    .atLocation(call.getLocation());
        }
        if (!chosen.isProcedure()) {
            throw new PgException(SqlState.WRONG_OBJECT_TYPE, RoutineLookup.signature(routines.runtime().catalog(), name,
                    chosen.inputTypeOids()) + " is not a procedure")
                    .withHint("To call a function, use SELECT.").atLocation(call.getLocation());
        }
        List<Value> converted = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            RoutineDef.Parameter p = chosen.inputs().get(i);
            converted.add(routines.assign(args.get(i), routines.runtime().catalog().type(p.typeOid()), p.typmod()));
        }
        routines.call(chosen, converted);
    }

    private List<Value> arguments(FuncCall call) {
        if (call.getArgsCount() == 0) {
            return List.of();
        }
        SelectStmt.Builder select = SelectStmt.newBuilder()
                .setLimitOption(io.pgmicro.parse.ast.LimitOption.LIMIT_OPTION_DEFAULT)
                .setOp(io.pgmicro.parse.ast.SetOperation.SETOP_NONE);
        for (Node a : call.getArgsList()) {
            select.addTargetList(Node.newBuilder().setResTarget(ResTarget.newBuilder().setVal(a).setLocation(-1)));
        }
        Node tree = Node.newBuilder().setSelectStmt(select).build();
        Outcome o = RoutineStatement.prepare(tree, Parser.deparse(tree), Variables.NONE).run(routines);
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < o.columns().size(); i++) {
            Typed c = o.columns().get(i);
            Object v = o.rows().get(0)[i];
            out.add(new Value(c.isUnknown() ? Types.TEXT : c.type(), c.typmod(), v));
        }
        return out;
    }
}

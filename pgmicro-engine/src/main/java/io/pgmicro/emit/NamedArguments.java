package io.pgmicro.emit;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.BuiltinFunctions;
import io.pgmicro.parse.ast.A_Const;
import io.pgmicro.parse.ast.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts the arguments of a call to a built-in with named parameters into declaration order:
 * {@code make_interval(days => 3, hours => 2)} becomes make_interval(0, 0, 0, 3, 2, 0, 0.0),
 * positional arguments first, then the named ones in their places, then the declared
 * defaults for the rest, as PostgreSQL fills them in.
 */
final class NamedArguments {
    private NamedArguments() {
    }

    static List<Node> arrange(String function, List<Node> args, int location) {
        BuiltinFunctions.Parameters parameters = BuiltinFunctions.parameters(function);
        boolean named = args.stream().anyMatch(Node::hasNamedArgExpr);
        if (parameters == null) {
            if (named) {
                throw new PgException(SqlState.UNDEFINED_FUNCTION, "function " + function
                        + " does not take named arguments in pgmicro").atLocation(location);
            }
            return args;
        }
        int count = parameters.names().size();
        if (!named && args.size() >= count) {
            return args;
        }
        Node[] placed = new Node[Math.max(count, args.size())];
        int position = 0;
        for (Node arg : args) {
            if (!arg.hasNamedArgExpr()) {
                placed[position++] = arg;
                continue;
            }
            String name = arg.getNamedArgExpr().getName();
            int index = parameters.names().indexOf(name);
            if (index < 0 || placed[index] != null) {
                throw new PgException(SqlState.UNDEFINED_FUNCTION, "function " + function + "(" + name
                        + " => ...) does not exist").atLocation(location);
            }
            placed[index] = arg.getNamedArgExpr().getArg();
        }
        int firstDefault = count - parameters.defaults().size();
        for (int i = 0; i < count; i++) {
            if (placed[i] == null) {
                if (i < firstDefault) {
                    throw new PgException(SqlState.UNDEFINED_FUNCTION, "function " + function
                            + " needs a value for " + parameters.names().get(i)).atLocation(location);
                }
                placed[i] = constant(parameters.defaults().get(i - firstDefault));
            }
        }
        return new ArrayList<>(Arrays.asList(placed));
    }

    private static Node constant(String value) {
        A_Const.Builder c = A_Const.newBuilder().setLocation(-1);
        if (value.startsWith("'")) {
            c.setSval(io.pgmicro.parse.ast.String.newBuilder().setSval(value.substring(1, value.length() - 1)));
        } else if (value.equals("true") || value.equals("false")) {
            c.setBoolval(io.pgmicro.parse.ast.Boolean.newBuilder().setBoolval(value.equals("true")));
        } else if (value.contains(".")) {
            c.setFval(io.pgmicro.parse.ast.Float.newBuilder().setFval(value));
        } else {
            c.setIval(io.pgmicro.parse.ast.Integer.newBuilder().setIval(Integer.parseInt(value)));
        }
        return Node.newBuilder().setAConst(c).build();
    }
}

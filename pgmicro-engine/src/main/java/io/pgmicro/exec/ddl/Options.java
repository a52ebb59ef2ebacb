package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.parse.ast.DefElem;
import io.pgmicro.parse.ast.Node;

/** The values of a command's options (DefElem), read as PostgreSQL's defGetBoolean and friends read them. */
final class Options {
    private Options() {
    }

    /** No value means true; else true/false, on/off, 1/0. */
    static boolean bool(DefElem option) {
        if (!option.hasArg()) {
            return true;
        }
        Node arg = option.getArg();
        if (arg.hasInteger()) {
            int v = arg.getInteger().getIval();
            if (v == 0 || v == 1) {
                return v == 1;
            }
        } else if (arg.hasBoolean()) {
            return arg.getBoolean().getBoolval();
        } else if (arg.hasString()) {
            switch (arg.getString().getSval().toLowerCase()) {
                case "true", "on" -> {
                    return true;
                }
                case "false", "off" -> {
                    return false;
                }
                default -> {
                }
            }
        }
        throw new PgException(SqlState.SYNTAX_ERROR, option.getDefname() + " requires a Boolean value");
    }
}

package io.pgmicro.exec.ddl;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import io.pgmicro.catalog.SequenceOptions;
import io.pgmicro.parse.ast.DefElem;
import io.pgmicro.parse.ast.Node;
import io.pgmicro.types.PgType;
import io.pgmicro.types.Types;
import java.util.List;

/** Reads CREATE/ALTER SEQUENCE options (and identity column options) with PostgreSQL's defaults and checks. */
final class SequenceDefinitions {
    private SequenceDefinitions() {
    }

    /**
     * @param existing the current options for ALTER SEQUENCE, or null for a new sequence
     */
    static SequenceOptions options(PgType type, List<Node> options, SequenceOptions existing, String name) {
        Long start = null;
        Long increment = null;
        Long min = null;
        Long max = null;
        Long cache = null;
        Boolean cycle = null;
        boolean minGiven = false;
        boolean maxGiven = false;
        for (Node n : options) {
            DefElem d = n.getDefElem();
            switch (d.getDefname()) {
                case "as" -> {
                    type = io.pgmicro.analyze.TypeNameResolver.resolveBuiltin(d.getArg().getTypeName());
                    if (!type.equals(Types.INT2) && !type.equals(Types.INT4) && !type.equals(Types.INT8)) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                                "sequence type must be smallint, integer, or bigint");
                    }
                }
                case "start" -> start = number(d);
                case "increment" -> increment = number(d);
                case "minvalue" -> {
                    min = d.hasArg() ? number(d) : null;
                    minGiven = true;
                }
                case "maxvalue" -> {
                    max = d.hasArg() ? number(d) : null;
                    maxGiven = true;
                }
                case "cache" -> cache = number(d);
                case "cycle" -> cycle = !d.hasArg() || d.getArg().getBoolean().getBoolval();
                case "owned_by", "sequence_name", "restart" -> {
                    // handled by the statement (ownership, identity sequence naming, RESTART)
                }
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "option \"" + d.getDefname() + "\" not recognized");
            }
        }
        long inc = increment != null ? increment : existing != null ? existing.increment() : 1;
        if (inc == 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "INCREMENT must not be zero");
        }
        long typeMax = type.equals(Types.INT2) ? Short.MAX_VALUE : type.equals(Types.INT4) ? Integer.MAX_VALUE : Long.MAX_VALUE;
        long typeMin = type.equals(Types.INT2) ? Short.MIN_VALUE : type.equals(Types.INT4) ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long minValue = min != null ? min : (!minGiven && existing != null) ? existing.min() : inc > 0 ? 1 : typeMin;
        long maxValue = max != null ? max : (!maxGiven && existing != null) ? existing.max() : inc > 0 ? typeMax : -1;
        long startValue = start != null ? start : existing != null ? existing.start() : inc > 0 ? minValue : maxValue;
        if (minValue >= maxValue) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "MINVALUE (" + minValue
                    + ") must be less than MAXVALUE (" + maxValue + ")");
        }
        if (startValue < minValue) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "START value (" + startValue
                    + ") cannot be less than MINVALUE (" + minValue + ")");
        }
        if (startValue > maxValue) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "START value (" + startValue
                    + ") cannot be greater than MAXVALUE (" + maxValue + ")");
        }
        long cacheValue = cache != null ? cache : existing != null ? existing.cache() : 1;
        boolean cycleValue = cycle != null ? cycle : existing != null && existing.cycle();
        int owner = existing != null ? existing.ownedByTable() : 0;
        String ownerColumn = existing != null ? existing.ownedByColumn() : null;
        return new SequenceOptions(type.oid(), startValue, inc, minValue, maxValue, cacheValue, cycleValue, owner, ownerColumn);
    }

    /** The RESTART [WITH n] option of ALTER SEQUENCE, or null if absent; RESTART alone restarts at START. */
    static Long restart(List<Node> options, SequenceOptions current) {
        for (Node n : options) {
            DefElem d = n.getDefElem();
            if (d.getDefname().equals("restart")) {
                return d.hasArg() ? number(d) : current.start();
            }
        }
        return null;
    }

    static long number(DefElem d) {
        Node arg = d.getArg();
        if (arg.hasInteger()) {
            return arg.getInteger().getIval();
        }
        if (arg.hasFloat()) {
            try {
                return Long.parseLong(arg.getFloat().getFval());
            } catch (NumberFormatException e) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range");
            }
        }
        throw new PgException(SqlState.SYNTAX_ERROR, d.getDefname() + " requires a numeric value");
    }
}

package io.pgmicro.catalog;

import java.util.List;

/**
 * A user-defined function or procedure as pg_proc describes it, with its body as
 * PostgreSQL source text.
 *
 * @param kind         'f' function, 'p' procedure (pg_proc.prokind)
 * @param language     "sql" or "plpgsql"
 * @param parameters   every declared parameter in order, including OUT and TABLE ones
 * @param returnTypeOid the result type; for RETURNS TABLE / several OUT parameters, 2249 (record)
 * @param returnsSet   RETURNS SETOF / RETURNS TABLE
 * @param body         the source: the AS string, or for BEGIN ATOMIC / RETURN the deparsed statements
 * @param strict       STRICT (RETURNS NULL ON NULL INPUT)
 * @param volatility   'i', 's' or 'v' (pg_proc.provolatile)
 */
public record RoutineDef(int oid, String schema, String name, char kind, String language, List<Parameter> parameters,
                         int returnTypeOid, int returnTypmod, boolean returnsSet, String body, boolean strict,
                         char volatility) {

    /**
     * One parameter.
     *
     * @param mode         'i' IN, 'o' OUT, 'b' INOUT, 'v' VARIADIC, 't' TABLE (pg_proc.proargmodes)
     * @param name         its name, or "" when unnamed
     * @param defaultValue its DEFAULT as PostgreSQL source text, or null
     */
    public record Parameter(char mode, String name, int typeOid, int typmod, String defaultValue) {
        /** Whether callers pass this parameter (IN, INOUT, VARIADIC). */
        public boolean isInput() {
            return mode == 'i' || mode == 'b' || mode == 'v';
        }

        /** Whether it is a column of the result (OUT, INOUT, TABLE). */
        public boolean isOutput() {
            return mode == 'o' || mode == 'b' || mode == 't';
        }
    }

    public List<Parameter> inputs() {
        return parameters.stream().filter(Parameter::isInput).toList();
    }

    public List<Parameter> outputs() {
        return parameters.stream().filter(Parameter::isOutput).toList();
    }

    public List<Integer> inputTypeOids() {
        return inputs().stream().map(Parameter::typeOid).toList();
    }

    public boolean isProcedure() {
        return kind == 'p';
    }
}

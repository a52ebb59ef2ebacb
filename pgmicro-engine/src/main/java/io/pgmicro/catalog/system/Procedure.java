package io.pgmicro.catalog.system;

import java.util.List;

/**
 * One row of pg_proc.
 *
 * @param argTypes   proargtypes, the OIDs of the declared arguments (a VARIADIC one as its array type, or "any")
 * @param kind       prokind: 'f' function, 'a' aggregate, 'w' window function
 * @param variadic   provariadic: the element type of a VARIADIC argument, 0 if none
 */
public record Procedure(long oid, String name, int namespace, List<Integer> argTypes, int returnType, char kind,
                        boolean strict, boolean returnsSet, char volatility, int variadic) {
    /** proargtypes as an oidvector prints it: the OIDs separated by spaces. */
    String argTypesText() {
        StringBuilder out = new StringBuilder();
        for (int t : argTypes) {
            out.append(out.length() == 0 ? "" : " ").append(t);
        }
        return out.toString();
    }
}

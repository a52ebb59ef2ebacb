package io.pgmicro.exec.routines;

import java.util.List;
import java.util.function.Supplier;

/** The names a routine's statements can refer to, as seen from one place in its body. */
public interface Variables {
    /** The variable (or record field) that a column reference names, or null when it is not one. */
    Supplier<Value> named(List<String> names);

    /** What {@code $n} stands for, or null when nothing does. */
    Supplier<Value> positional(int n);

    /**
     * The field names of the record variable named so, as it holds now, or null when the name is
     * not a record: {@code rec.*} stands for those fields.
     */
    default List<String> fields(String record) {
        return null;
    }

    /** Whether the array variable named so is subscripted from 0 (TG_ARGV); pgmicro's arrays start at 1. */
    default boolean zeroBased(List<String> names) {
        return false;
    }

    Variables NONE = new Variables() {
        @Override
        public Supplier<Value> named(List<String> names) {
            return null;
        }

        @Override
        public Supplier<Value> positional(int n) {
            return null;
        }
    };
}

package io.pgmicro.exec.functions;

import io.pgmicro.types.ArrayText;
import io.pgmicro.types.Interval;
import io.pgmicro.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Aggregates whose PostgreSQL result differs from SQLite's own: sum and avg with
 * PostgreSQL's result types (sum(int4) is int8, sum(int8) and avg(int) are exact
 * numeric), min/max for numeric and interval text, string_agg, bool_and/bool_or,
 * array_agg and the json aggregates. count, and min/max of types whose storage orders
 * correctly, stay SQLite's.
 */
final class Aggregates {
    private Aggregates() {
    }

    static void register(Registrar r) {
        r.aggregate("pg_sum_int", 1, true, IntSum::new);
        r.aggregate("pg_sum_numeric", 1, true, () -> new NumericSum(false));
        r.aggregate("pg_avg_numeric", 1, true, () -> new NumericSum(true));
        r.aggregate("pg_sum_float8", 1, true, () -> new FloatSum(false));
        r.aggregate("pg_avg_float8", 1, true, () -> new FloatSum(true));
        r.aggregate("pg_sum_interval", 1, true, () -> new IntervalSum(false));
        r.aggregate("pg_avg_interval", 1, true, () -> new IntervalSum(true));
        r.aggregate("pg_min_numeric", 1, true, () -> new Extreme<>(a -> Args.numeric(a[0]), -1));
        r.aggregate("pg_max_numeric", 1, true, () -> new Extreme<>(a -> Args.numeric(a[0]), 1));
        r.aggregate("pg_min_interval", 1, true, () -> new Extreme<>(a -> Interval.parse(Args.text(a[0])), -1));
        r.aggregate("pg_max_interval", 1, true, () -> new Extreme<>(a -> Interval.parse(Args.text(a[0])), 1));
        // (value, its sort key): for types such as enums whose order is not their storage's
        r.aggregate("pg_min_by_key", 2, true, () -> new Extreme<>(a -> Args.integer(a[1]), -1));
        r.aggregate("pg_max_by_key", 2, true, () -> new Extreme<>(a -> Args.integer(a[1]), 1));
        // (array, element type OID): arrays in the array comparison operators' order
        r.aggregate("pg_array_min", 2, true, () -> new Extreme<>(a -> ArrayOrder.Key.of(a[0], a[1]), -1));
        r.aggregate("pg_array_max", 2, true, () -> new Extreme<>(a -> ArrayOrder.Key.of(a[0], a[1]), 1));
        r.aggregate("pg_bool_and", 1, true, () -> new BoolAggregate(true));
        r.aggregate("pg_bool_or", 1, true, () -> new BoolAggregate(false));
        for (String operation : List.of("AND", "OR", "XOR")) {
            String name = "pg_bit_" + operation.toLowerCase(java.util.Locale.ROOT) + "_agg";
            r.aggregate(name, 1, true, () -> new BitwiseFold(operation, false));
            r.aggregate(name + "_bits", 1, true, () -> new BitwiseFold(operation, true));
        }
        r.aggregate("pg_string_agg", 2, false, StringAgg::new);
        r.aggregate("pg_string_agg_bytea", 2, false, ByteStringAgg::new);
        r.aggregate("pg_array_agg", 1, false, () -> new Collect(args -> PgArray.elementText(args[0]),
                items -> PgArray.of(items).toString()));
        // With the element type's OID: each value becomes the element text its type's array stores.
        r.aggregate("pg_array_agg", 2, false, () -> new Collect(
                args -> ArrayText.elementStorageText(Types.byOid(Args.int4(args[1])), args[0]),
                items -> PgArray.of(items).toString()));
        r.aggregate("pg_array_agg_arrays", 1, false, ArrayStacking.Accumulator::new);
        r.aggregate("pg_json_agg", 1, false, () -> new Collect(args -> args[0] == null ? "null" : Args.text(args[0]),
                items -> "[" + String.join(", ", items) + "]"));
        // PostgreSQL's json_agg starts each array or record after the first on a new line
        r.aggregate("pg_json_agg_structured", 1, false, () -> new Collect(
                args -> args[0] == null ? "null" : "\n " + Args.text(args[0]),
                items -> "[" + String.join(", ", items).substring(items.get(0).startsWith("\n ") ? 2 : 0) + "]"));
        r.aggregate("pg_jsonb_agg", 1, false, () -> new Collect(args -> args[0] == null ? "null" : Args.text(args[0]),
                items -> JsonFunctions.jsonb("[" + String.join(", ", items) + "]")));
        r.aggregate("pg_json_object_agg", 2, false, () -> new ObjectAgg(false));
        r.aggregate("pg_jsonb_object_agg", 2, false, () -> new ObjectAgg(true));
    }

    /** sum(int2), sum(int4): an int8 result, overflow checked. */
    private static final class IntSum implements AggregateState.Invertible {
        private long sum;
        private long count;

        @Override
        public void step(Object[] args) {
            sum = IntegerArithmetic.add(IntegerArithmetic.Width.INT8, sum, Args.integer(args[0]));
            count++;
        }

        @Override
        public void inverse(Object[] args) {
            sum = IntegerArithmetic.subtract(IntegerArithmetic.Width.INT8, sum, Args.integer(args[0]));
            count--;
        }

        @Override
        public Object result() {
            return count == 0 ? null : sum;
        }
    }

    /** sum/avg over numeric (and over int8, whose sum is numeric, and avg over any integer). */
    private static final class NumericSum implements AggregateState.Invertible {
        private final boolean average;
        private Numeric sum = Numeric.ZERO;
        private long count;

        NumericSum(boolean average) {
            this.average = average;
        }

        @Override
        public void step(Object[] args) {
            sum = sum.add(Args.numeric(args[0]));
            count++;
        }

        @Override
        public void inverse(Object[] args) {
            sum = sum.subtract(Args.numeric(args[0]));
            count--;
        }

        @Override
        public Object result() {
            if (count == 0) {
                return null;
            }
            return (average ? sum.divide(Numeric.of(count)) : sum).toString();
        }
    }

    private static final class FloatSum implements AggregateState {
        private final boolean average;
        private double sum;
        private long count;

        FloatSum(boolean average) {
            this.average = average;
        }

        @Override
        public void step(Object[] args) {
            sum += Args.float8(args[0]);
            count++;
        }

        @Override
        public Object result() {
            if (count == 0) {
                return null;
            }
            return average ? sum / count : sum;
        }
    }

    private static final class IntervalSum implements AggregateState.Invertible {
        private final boolean average;
        private Interval sum = Interval.ZERO;
        private long count;

        IntervalSum(boolean average) {
            this.average = average;
        }

        @Override
        public void step(Object[] args) {
            sum = sum.plus(Interval.parse(Args.text(args[0])));
            count++;
        }

        @Override
        public void inverse(Object[] args) {
            sum = sum.minus(Interval.parse(Args.text(args[0])));
            count--;
        }

        @Override
        public Object result() {
            if (count == 0) {
                return null;
            }
            return (average ? sum.divide(count) : sum).toString();
        }
    }

    /** min or max by an order read from the arguments; keeps the storage value (the first argument) of the winner. */
    private static final class Extreme<T extends Comparable<T>> implements AggregateState {
        private final java.util.function.Function<Object[], T> reader;
        private final int direction;
        private T best;
        private Object bestStorage;

        Extreme(java.util.function.Function<Object[], T> reader, int direction) {
            this.reader = reader;
            this.direction = direction;
        }

        @Override
        public void step(Object[] args) {
            T value = reader.apply(args);
            if (best == null || Integer.signum(value.compareTo(best)) == direction) {
                best = value;
                bestStorage = args[0];
            }
        }

        @Override
        public Object result() {
            return bestStorage;
        }
    }

    /** bit_and, bit_or and bit_xor over integers or over bit strings (stored as their 0s and 1s). */
    private static final class BitwiseFold implements AggregateState {
        private final String operation;
        private final boolean bitString;
        private Object folded;

        BitwiseFold(String operation, boolean bitString) {
            this.operation = operation;
            this.bitString = bitString;
        }

        @Override
        public void step(Object[] args) {
            if (bitString) {
                String bits = Args.text(args[0]);
                folded = folded == null ? bits : BitStringFunctions.combine((String) folded, bits, operation);
                return;
            }
            long value = Args.integer(args[0]);
            folded = folded == null ? value : switch (operation) {
                case "AND" -> (Long) folded & value;
                case "OR" -> (Long) folded | value;
                default -> (Long) folded ^ value;
            };
        }

        @Override
        public Object result() {
            return folded;
        }
    }

    private static final class BoolAggregate implements AggregateState.Invertible {
        private final boolean all;
        private long trues;
        private long falses;

        BoolAggregate(boolean all) {
            this.all = all;
        }

        @Override
        public void step(Object[] args) {
            if (Args.bool(args[0])) {
                trues++;
            } else {
                falses++;
            }
        }

        @Override
        public void inverse(Object[] args) {
            if (Args.bool(args[0])) {
                trues--;
            } else {
                falses--;
            }
        }

        @Override
        public Object result() {
            if (trues + falses == 0) {
                return null;
            }
            return all ? falses == 0 : trues > 0;
        }
    }

    /** string_agg(value, delimiter): NULL values are skipped; each value after the first is preceded by its own row's delimiter. */
    private static final class StringAgg implements AggregateState {
        private StringBuilder out;

        @Override
        public void step(Object[] args) {
            if (args[0] == null) {
                return;
            }
            if (out == null) {
                out = new StringBuilder();
            } else if (args[1] != null) {
                out.append(Args.text(args[1]));
            }
            out.append(Args.text(args[0]));
        }

        @Override
        public Object result() {
            return out == null ? null : out.toString();
        }
    }

    /** string_agg(bytea, bytea): the values with the delimiter between them; NULL values are left out. */
    private static final class ByteStringAgg implements AggregateState {
        private java.io.ByteArrayOutputStream out;

        @Override
        public void step(Object[] args) {
            if (args[0] == null) {
                return;
            }
            if (out == null) {
                out = new java.io.ByteArrayOutputStream();
            } else if (args[1] != null) {
                out.writeBytes(Args.bytes(args[1]));
            }
            out.writeBytes(Args.bytes(args[0]));
        }

        @Override
        public Object result() {
            return out == null ? null : out.toByteArray();
        }
    }

    /** Collects one text per row (NULL rows included) and renders the list at the end. */
    private static final class Collect implements AggregateState {
        private final java.util.function.Function<Object[], String> item;
        private final java.util.function.Function<List<String>, String> render;
        private final List<String> items = new ArrayList<>();

        Collect(java.util.function.Function<Object[], String> item, java.util.function.Function<List<String>, String> render) {
            this.item = item;
            this.render = render;
        }

        @Override
        public void step(Object[] args) {
            items.add(item.apply(args));
        }

        @Override
        public Object result() {
            return items.isEmpty() ? null : render.apply(items);
        }
    }

    /** json_object_agg(key, value-as-json); a NULL key is an error, as in PostgreSQL. */
    private static final class ObjectAgg implements AggregateState {
        private final boolean binary;
        private final StringBuilder out = new StringBuilder();
        private boolean any;

        ObjectAgg(boolean binary) {
            this.binary = binary;
        }

        @Override
        public void step(Object[] args) {
            if (args[0] == null) {
                throw new io.pgmicro.PgException(io.pgmicro.SqlState.INVALID_PARAMETER_VALUE,
                        "field name must not be null");
            }
            out.append(any ? ", " : "");
            JsonWriter.quote(out, Args.text(args[0]));
            out.append(" : ").append(args[1] == null ? "null" : Args.text(args[1]));
            any = true;
        }

        @Override
        public Object result() {
            if (!any) {
                return null;
            }
            String json = "{ " + out + " }";
            return binary ? JsonFunctions.jsonb(json) : json;
        }
    }
}

package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ordered-set aggregates percentile_cont, percentile_disc and mode, and the hypothetical-set
 * rank, dense_rank, percent_rank and cume_dist. The emitter passes the
 * WITHIN GROUP values already sorted in PostgreSQL's order (an aggregate ORDER BY), so these only
 * keep them; a NULL value is left out, and a percentile is the fraction of the group's first row.
 */
final class OrderedSets {
    private OrderedSets() {
    }

    static void register(Registrar r) {
        r.aggregate("pg_percentile_cont", 2, false, () -> new Percentile(true));
        r.aggregate("pg_percentile_disc", 2, false, () -> new Percentile(false));
        r.aggregate("pg_mode", 1, false, Mode::new);
        for (String kind : List.of("rank", "dense_rank", "percent_rank", "cume_dist")) {
            r.aggregate("pg_hypothetical_" + kind, 3, false, () -> new HypotheticalRank(kind));
        }
    }

    /**
     * (precedes, peer, key) per row, keys in sort order: where a hypothetical row would rank. The
     * emitter works out whether each row sorts before the hypothetical one or is its peer.
     */
    private static final class HypotheticalRank implements AggregateState {
        private final String kind;
        private long rows;
        private long before;
        private long peers;
        private long distinctBefore;
        private Object lastBefore;

        HypotheticalRank(String kind) {
            this.kind = kind;
        }

        @Override
        public void step(Object[] args) {
            rows++;
            if (Args.integer(args[0]) != 0) {
                Object key = Mode.normal(args[2]);
                if (before == 0 || !Objects.equals(key, lastBefore)) {
                    distinctBefore++;
                }
                lastBefore = key;
                before++;
            } else if (Args.integer(args[1]) != 0) {
                peers++;
            }
        }

        @Override
        public Object result() {
            return switch (kind) {
                case "rank" -> before + 1;
                case "dense_rank" -> distinctBefore + 1;
                case "percent_rank" -> rows == 0 ? 0.0 : (double) before / rows;
                default -> (double) (before + peers + 1) / (rows + 1);
            };
        }
    }

    /** (fraction, value): continuous over float8 values, or discrete (the value itself) over any type. */
    private static final class Percentile implements AggregateState {
        private final boolean continuous;
        private final List<Object> values = new ArrayList<>();
        private Object fraction;
        private boolean first = true;

        Percentile(boolean continuous) {
            this.continuous = continuous;
        }

        @Override
        public void step(Object[] args) {
            if (first) {
                fraction = args[0];
                first = false;
            }
            if (args[1] != null) {
                values.add(args[1]);
            }
        }

        @Override
        public Object result() {
            if (fraction == null || values.isEmpty()) {
                return null;
            }
            double p = Args.float8(fraction);
            if (p < 0 || p > 1 || Double.isNaN(p)) {
                throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                        "percentile value " + FloatText.format(p) + " is not between 0 and 1");
            }
            int n = values.size();
            if (!continuous) {
                // the first value whose position reaches the fraction of the rows
                int row = (int) Math.ceil(p * n);
                return values.get(Math.max(row, 1) - 1);
            }
            double position = p * (n - 1);
            int lower = (int) Math.floor(position);
            int upper = (int) Math.ceil(position);
            double low = Args.float8(values.get(lower));
            if (lower == upper) {
                return low;
            }
            double high = Args.float8(values.get(upper));
            return low + (position - lower) * (high - low);
        }
    }

    /** The most frequent value; among equally frequent ones the first in the sort order. */
    private static final class Mode implements AggregateState {
        private Object best;
        private long bestCount;
        private Object current;
        private long currentCount;

        @Override
        public void step(Object[] args) {
            Object v = args[0];
            if (v == null) {
                return;
            }
            if (currentCount > 0 && Objects.equals(normal(v), normal(current))) {
                currentCount++;
            } else {
                current = v;
                currentCount = 1;
            }
            if (currentCount > bestCount) {
                best = current;
                bestCount = currentCount;
            }
        }

        /** Storage values compared as values: byte arrays by content. */
        static Object normal(Object v) {
            return v instanceof byte[] b ? java.nio.ByteBuffer.wrap(b) : v;
        }

        @Override
        public Object result() {
            return best;
        }
    }
}

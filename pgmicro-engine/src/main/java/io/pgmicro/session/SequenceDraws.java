package io.pgmicro.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The values nextval handed a speculating block, in order per sequence (see {@link Speculation}).
 * A replay of the block's statements gets the same values again instead of new ones, so an
 * INSERT ... RETURNING id replays with the id its client was told; the values were used up on
 * the real database's sequences when first drawn, so no one else has them.
 */
final class SequenceDraws {
    private final Map<Integer, List<Long>> drawn = new HashMap<>();

    /** One run through the block: the values drawn before, in order, then new ones (which are kept too). */
    Cursor cursor() {
        return new Cursor();
    }

    final class Cursor {
        private final Map<Integer, Integer> used = new HashMap<>();

        long next(int sequenceOid, LongSupplier draw) {
            List<Long> values = drawn.computeIfAbsent(sequenceOid, oid -> new ArrayList<>());
            int index = used.merge(sequenceOid, 1, Integer::sum) - 1;
            if (index < values.size()) {
                return values.get(index);
            }
            long value = draw.getAsLong();
            values.add(value);
            return value;
        }
    }
}

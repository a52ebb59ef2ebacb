package io.pgmicro.catalog;

/**
 * A sequence's definition as pg_sequence holds it. The current position is not here:
 * sequences are not transactional, so it lives in the database's sequence state.
 *
 * @param ownedByTable  the table owning the sequence (serial and identity columns), 0 if none
 * @param ownedByColumn the owning column's name, or null
 */
public record SequenceOptions(int typeOid, long start, long increment, long min, long max, long cache, boolean cycle,
                              int ownedByTable, String ownedByColumn) {
    public SequenceOptions withOwner(int table, String column) {
        return new SequenceOptions(typeOid, start, increment, min, max, cache, cycle, table, column);
    }
}

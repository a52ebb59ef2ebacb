package io.pgmicro.catalog;

import java.util.List;

/**
 * FOR VALUES of a partition. Every value is a PostgreSQL constant expression already in
 * the key type's canonical form (e.g. {@code 1}, {@code 'a'::text}); range bounds may
 * also hold {@link #MINVALUE} or {@link #MAXVALUE}, list values {@link #NULL}.
 *
 * @param defaultPartition the DEFAULT partition
 * @param listValues for LIST, the accepted values
 * @param from       for RANGE, the inclusive lower bound, one value per key part
 * @param to         for RANGE, the exclusive upper bound
 */
public record PartitionBound(boolean defaultPartition, List<String> listValues, List<String> from, List<String> to) {
    public static final String MINVALUE = "MINVALUE";
    public static final String MAXVALUE = "MAXVALUE";
    public static final String NULL = "NULL";
}

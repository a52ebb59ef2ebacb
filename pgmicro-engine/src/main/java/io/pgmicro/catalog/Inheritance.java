package io.pgmicro.catalog;

import java.util.List;

/**
 * Where a table sits in an inheritance or partitioning hierarchy (pg_inherits,
 * pg_partitioned_table, pg_class.relpartbound).
 *
 * @param parents      the tables it inherits from, in declaration order (a partition has exactly one)
 * @param partitionKey for a partitioned table ('p'), how its rows are divided; otherwise null
 * @param bound        for a partition, the rows it takes; otherwise null
 */
public record Inheritance(List<Integer> parents, PartitionKey partitionKey, PartitionBound bound) {
    public static final Inheritance NONE = new Inheritance(List.of(), null, null);

    public Inheritance withParents(List<Integer> newParents) {
        return new Inheritance(List.copyOf(newParents), partitionKey, bound);
    }

    public Inheritance withBound(PartitionBound newBound) {
        return new Inheritance(parents, partitionKey, newBound);
    }
}

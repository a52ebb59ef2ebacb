package io.pgmicro.catalog;

import java.util.List;

/**
 * PARTITION BY: the strategy and the key, each key part a PostgreSQL expression
 * (a bare column name for a column key).
 *
 * @param strategy 'r' range, 'l' list, 'h' hash (pg_partitioned_table.partstrat)
 * @param expressions per key part, its PostgreSQL expression text (the quoted name for a column)
 * @param columns  per key part, the column it is, or null for an expression
 * @param typeOids per key part, its type
 */
public record PartitionKey(char strategy, List<String> expressions, List<String> columns, List<Integer> typeOids) {
    public String strategyName() {
        return switch (strategy) {
            case 'r' -> "RANGE";
            case 'l' -> "LIST";
            default -> "HASH";
        };
    }
}

package io.pgmicro.exec.functions;

/** The Java body of a scalar SQL function: storage values in, a storage value out. */
@FunctionalInterface
interface ScalarBody {
    Object apply(Object[] args);
}

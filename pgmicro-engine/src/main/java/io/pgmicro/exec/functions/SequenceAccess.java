package io.pgmicro.exec.functions;

/** The session's view of sequences, for nextval(), currval() and setval() and for reading a sequence as a relation. */
public interface SequenceAccess {
    long nextval(int oid);

    long currval(int oid);

    /** The value the last nextval() of this session returned, whatever the sequence. */
    long lastval();

    long setval(int oid, long value, boolean called);

    /** {last_value, is_called} */
    long[] peek(int oid);

    /** The OID of the relation a regclass text names ('seq', 'public.seq'). */
    int regclass(String text);
}

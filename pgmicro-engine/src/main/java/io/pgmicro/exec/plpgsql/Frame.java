package io.pgmicro.exec.plpgsql;

import io.pgmicro.PgException;
import io.pgmicro.exec.triggers.TriggerEvent;
import java.util.ArrayList;
import java.util.List;

/** The state of one running call: its variables by dno, FOUND's companions, and what it returns. */
final class Frame {
    /** Per dno: a Value for scalars, a Row (or null while unassigned) for records. */
    final Object[] slots;
    final TriggerEvent event;
    long rowCount;
    /** RETURN's value: a Value, or a Row for a trigger function. */
    Object returned;
    final List<Object> returnedRows = new ArrayList<>();
    /** The error an EXCEPTION handler is handling, for bare RAISE and GET STACKED DIAGNOSTICS. */
    PgException handling;
    /** Errors this call has already added its CONTEXT line to, on their way out through enclosing statements. */
    final java.util.Set<PgException> annotated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    Frame(int datums, TriggerEvent event) {
        this.slots = new Object[datums];
        this.event = event;
    }
}

package io.pgmicro.exec.constraints;

import java.util.HashMap;
import java.util.Map;

/**
 * Which deferrable constraints the current transaction checks at COMMIT: each one's INITIALLY
 * DEFERRED or IMMEDIATE, unless SET CONSTRAINTS said otherwise, by name or for ALL (which
 * overrides what was said by name before it). The transaction's end forgets it all.
 */
public final class ConstraintModes {
    private Boolean all;
    private final Map<Integer, Boolean> byOid = new HashMap<>();

    /** Whether the constraint (or constraint trigger) with this oid waits for COMMIT now. */
    public boolean deferred(int oid, boolean deferrable, boolean initiallyDeferred) {
        if (!deferrable) {
            return false;
        }
        Boolean named = byOid.get(oid);
        if (named != null) {
            return named;
        }
        return all != null ? all : initiallyDeferred;
    }

    void setAll(boolean deferred) {
        all = deferred;
        byOid.clear();
    }

    void set(int oid, boolean deferred) {
        byOid.put(oid, deferred);
    }

    void reset() {
        all = null;
        byOid.clear();
    }
}

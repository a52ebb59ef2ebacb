package io.pgmicro.exec.functions;

import io.pgmicro.PgException;
import io.pgmicro.SqlState;
import java.util.HashMap;
import java.util.Map;

/**
 * PostgreSQL's advisory locks for one database: exclusive locks on 64-bit keys, held
 * by a session (re-entrantly, released by as many unlocks or at session end) or by a
 * transaction (released when it ends). A waiting pg_advisory_lock blocks its caller
 * until the holder lets go or the thread is interrupted (statement cancel).
 */
public final class AdvisoryLocks {
    private static final class Holder {
        final int owner;
        int sessionCount;
        int transactionCount;

        Holder(int owner) {
            this.owner = owner;
        }

        boolean released() {
            return sessionCount == 0 && transactionCount == 0;
        }
    }

    private final Map<Long, Holder> held = new HashMap<>();

    /** Takes the lock, waiting while another session holds it. */
    public synchronized void lock(long key, int owner, boolean transactionScoped) {
        while (!tryLock(key, owner, transactionScoped)) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
            }
        }
    }

    public synchronized boolean tryLock(long key, int owner, boolean transactionScoped) {
        Holder h = held.get(key);
        if (h != null && h.owner != owner) {
            return false;
        }
        if (h == null) {
            h = new Holder(owner);
            held.put(key, h);
        }
        if (transactionScoped) {
            h.transactionCount++;
        } else {
            h.sessionCount++;
        }
        return true;
    }

    /** pg_advisory_unlock: false (PostgreSQL also warns) when this session holds no session lock on the key. */
    public synchronized boolean unlock(long key, int owner) {
        Holder h = held.get(key);
        if (h == null || h.owner != owner || h.sessionCount == 0) {
            return false;
        }
        h.sessionCount--;
        release(key, h);
        return true;
    }

    /** pg_advisory_unlock_all, and the end of a session. */
    public synchronized void unlockAll(int owner) {
        held.entrySet().removeIf(e -> {
            if (e.getValue().owner == owner) {
                e.getValue().sessionCount = 0;
                return e.getValue().released();
            }
            return false;
        });
        notifyAll();
    }

    /** At COMMIT or ROLLBACK: frees the transaction-scoped locks of the session. */
    public synchronized void transactionEnded(int owner) {
        held.entrySet().removeIf(e -> {
            if (e.getValue().owner == owner) {
                e.getValue().transactionCount = 0;
                return e.getValue().released();
            }
            return false;
        });
        notifyAll();
    }

    private void release(long key, Holder h) {
        if (h.released()) {
            held.remove(key);
            notifyAll();
        }
    }
}

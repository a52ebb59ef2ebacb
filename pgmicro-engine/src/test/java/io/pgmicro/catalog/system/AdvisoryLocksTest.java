package io.pgmicro.catalog.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pgmicro.exec.functions.AdvisoryLocks;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Advisory locks behave as PostgreSQL's: exclusive between sessions, re-entrant within one, scoped to a session or a transaction. */
class AdvisoryLocksTest {
    private final AdvisoryLocks locks = new AdvisoryLocks();

    @Test
    void anotherSessionCannotTakeAHeldKey() {
        assertTrue(locks.tryLock(42, 1, false));
        assertFalse(locks.tryLock(42, 2, false));
        assertTrue(locks.tryLock(43, 2, false));
    }

    @Test
    void sessionLocksAreReentrantAndNeedAsManyUnlocks() {
        assertTrue(locks.tryLock(7, 1, false));
        assertTrue(locks.tryLock(7, 1, false));
        assertTrue(locks.unlock(7, 1));
        assertFalse(locks.tryLock(7, 2, false));
        assertTrue(locks.unlock(7, 1));
        assertFalse(locks.unlock(7, 1));
        assertTrue(locks.tryLock(7, 2, false));
    }

    @Test
    void transactionLocksEndWithTheTransactionAndUnlockDoesNotReleaseThem() {
        assertTrue(locks.tryLock(9, 1, true));
        assertFalse(locks.unlock(9, 1));
        assertFalse(locks.tryLock(9, 2, true));
        locks.transactionEnded(1);
        assertTrue(locks.tryLock(9, 2, true));
    }

    @Test
    void unlockAllReleasesOnlySessionLocks() {
        assertTrue(locks.tryLock(1, 1, false));
        assertTrue(locks.tryLock(2, 1, true));
        locks.unlockAll(1);
        assertTrue(locks.tryLock(1, 2, false));
        assertFalse(locks.tryLock(2, 2, false));
    }

    @Test
    void aWaitingLockProceedsWhenTheHolderUnlocks() throws Exception {
        assertTrue(locks.tryLock(5, 1, false));
        CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> locks.lock(5, 2, false));
        Thread.sleep(50);
        assertFalse(waiter.isDone());
        locks.unlock(5, 1);
        waiter.get(5, TimeUnit.SECONDS);
        assertFalse(locks.tryLock(5, 1, false));
    }
}

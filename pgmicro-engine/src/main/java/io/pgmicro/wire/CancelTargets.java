package io.pgmicro.wire;

import io.pgmicro.session.Session;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live sessions of a server by backend process ID, with the secret key each one's
 * BackendKeyData handed out, so that a CancelRequest on another connection can reach the
 * right session and nobody can cancel without the key.
 */
final class CancelTargets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Target(int secret, Session session) {
    }

    private final Map<Integer, Target> targets = new ConcurrentHashMap<>();

    /** Registers a session and returns its new secret key. */
    int register(Session session) {
        int secret = RANDOM.nextInt();
        targets.put(session.backendPid(), new Target(secret, session));
        return secret;
    }

    void unregister(Session session) {
        targets.remove(session.backendPid());
    }

    /** Cancels the statement running in the session, if the pid and key match; otherwise does nothing, as PostgreSQL does. */
    void cancel(int pid, int secret) {
        Target target = targets.get(pid);
        if (target != null && target.secret() == secret) {
            target.session().cancel();
        }
    }
}

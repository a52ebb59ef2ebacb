package io.pgmicro.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared-memory files that hold in-memory databases. Each goes when its database
 * is closed; those still open when the JVM exits (a test that forgot to close) are
 * removed by a shutdown hook, so nothing accumulates in /dev/shm.
 */
final class ScratchFiles {
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(ScratchFiles::delete), "pgmicro-scratch-cleanup"));
    }

    private ScratchFiles() {
    }

    static void opened(Path file) {
        OPEN.add(file);
    }

    static void closed(Path file) {
        OPEN.remove(file);
        delete(file);
    }

    private static void delete(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                // a leftover file in shared memory is harmless and goes with the next reboot
            }
        }
    }
}

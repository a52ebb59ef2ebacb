package io.pgmicro.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The committed list of golden cases expected to fail while the engine grows:
 * one case per line, its path relative to the golden directory, then the reason.
 * Lines starting with # are comments. A listed case that starts passing fails the
 * build, so that the list only ever shrinks.
 */
final class KnownFailures {
    private final Map<String, String> reasons;

    private KnownFailures(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    static KnownFailures read(Path file) {
        Map<String, String> reasons = new LinkedHashMap<>();
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file)) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    String[] parts = trimmed.split("\\s+", 2);
                    reasons.put(parts[0], parts.length > 1 ? parts[1] : "listed without a reason");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new KnownFailures(reasons);
    }

    /** The reason the case is expected to fail, or null when it must pass. */
    String reason(String caseName) {
        return reasons.get(caseName);
    }

    Iterable<String> names() {
        return reasons.keySet();
    }
}

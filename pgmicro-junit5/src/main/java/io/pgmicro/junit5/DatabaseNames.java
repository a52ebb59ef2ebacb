package io.pgmicro.junit5;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Names test databases after what they belong to — {@code OrderTest.savesAnOrder_12} — so that
 * current_database(), connection URLs and failure messages say which test a database is for.
 * The counter keeps names unique across repetitions, parameterized invocations and classes
 * that share a simple name.
 */
final class DatabaseNames {
    private static final AtomicLong COUNTER = new AtomicLong();

    private DatabaseNames() {
    }

    static String forContext(ExtensionContext owner) {
        StringBuilder name = new StringBuilder(owner.getRequiredTestClass().getSimpleName());
        owner.getTestMethod().ifPresent(method -> name.append('.').append(method.getName()));
        name.append('_').append(COUNTER.incrementAndGet());
        return urlSafe(name);
    }

    /** Keeps the name readable in a {@code jdbc:pgmicro:mem:NAME} URL: no '?', '&', spaces or slashes. */
    private static String urlSafe(CharSequence name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' ? c : '_');
        }
        return out.toString();
    }
}

package io.pgmicro.parse;

import java.util.Map;

/**
 * The HINTs PostgreSQL's grammar attaches to some of its errors. libpg_query passes on
 * only the message, so the hint is looked up by it.
 */
final class GrammarHints {
    private static final Map<String, String> HINTS = Map.of(
            "subquery in FROM must have an alias", "For example, FROM (SELECT ...) [AS] foo.",
            "VALUES in FROM must have an alias", "For example, FROM (VALUES ...) [AS] foo.");

    private GrammarHints() {
    }

    static String forMessage(String message) {
        return HINTS.get(message);
    }
}

package io.pgmicro.catalog.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL 15's key words with their categories (keywords.tsv, recorded from
 * PostgreSQL's own pg_get_keywords() by tools/record-catalog-facts): what quote_ident must quote (every category but
 * the unreserved one) and the rows of pg_get_keywords().
 */
final class Keywords {
    /** One key word: its category code (U, C, T or R) and whether it can label a column without AS. */
    record Keyword(String word, char category, boolean bareLabel) {
        String categoryDescription() {
            return switch (category) {
                case 'U' -> "unreserved";
                case 'C' -> "unreserved (cannot be function or type name)";
                case 'T' -> "reserved (can be function or type name)";
                default -> "reserved";
            };
        }

        String bareLabelDescription() {
            return bareLabel ? "can be bare label" : "requires AS";
        }
    }

    private static final List<Keyword> ALL = load();
    private static final Map<String, Keyword> BY_WORD = new HashMap<>();

    static {
        for (Keyword k : ALL) {
            BY_WORD.put(k.word(), k);
        }
    }

    private Keywords() {
    }

    static boolean isReserved(String word) {
        Keyword k = BY_WORD.get(word);
        return k != null && k.category() != 'U';
    }

    /** Every key word, in PostgreSQL's (alphabetical) order. */
    static List<Keyword> all() {
        return ALL;
    }

    /** The rows of pg_get_keywords(). */
    static void rows(io.pgmicro.catalog.CatalogSnapshot catalog, SessionInfo session, Rows out) {
        for (Keyword k : ALL) {
            out.add().set("word", k.word()).set("catcode", k.category()).set("barelabel", k.bareLabel())
                    .set("catdesc", k.categoryDescription()).set("baredesc", k.bareLabelDescription());
        }
    }

    private static List<Keyword> load() {
        List<Keyword> out = new ArrayList<>();
        for (String[] f : RecordedFacts.rows("keywords.tsv")) {
            out.add(new Keyword(f[0], f[1].charAt(0), f[2].equals("t")));
        }
        return List.copyOf(out);
    }
}

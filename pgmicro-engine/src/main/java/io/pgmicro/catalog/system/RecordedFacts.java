package io.pgmicro.catalog.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the facts of PostgreSQL's own catalog recorded next to these classes by
 * tools/record-catalog-facts: tab-separated lines, '#' starting a comment line.
 */
final class RecordedFacts {
    private RecordedFacts() {
    }

    static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        InputStream in = RecordedFacts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the pgmicro jar");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return out;
    }
}

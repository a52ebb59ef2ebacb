package io.pgmicro.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What PostgreSQL answered, kept as NAME.expected files in one directory: written from the live
 * server when recording (-Dpgmicro.record=true), otherwise checked against it, and read by the
 * tests that compare pgmicro with the recording.
 */
final class Recordings {
    private Recordings() {
    }

    /** Records PostgreSQL's answer, or checks that it still answers as recorded. */
    static void check(Path directory, String name, String postgres) {
        Path file = directory.resolve(name + ".expected");
        try {
            if (PostgresServer.recording()) {
                Files.writeString(file, postgres, StandardCharsets.UTF_8);
            } else {
                assertEquals(Files.readString(file, StandardCharsets.UTF_8), postgres,
                        "PostgreSQL no longer answers as recorded in " + file + "; record again with -Dpgmicro.record=true");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded answer. */
    static String recorded(Path directory, String name) {
        try {
            return Files.readString(directory.resolve(name + ".expected"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.pgmicro.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The native half of the parser: libpg_query, linked into a shared library that
 * ships inside this jar and is loaded from there on first use.
 */
final class NativeParser {
    private static final String LIBRARY = "libpgmicro_parser.so";

    static {
        load();
    }

    private NativeParser() {
    }

    /** Parses NUL-free UTF-8 SQL into a serialized pg_query.ParseResult. */
    static native byte[] parseProtobuf(byte[] utf8);

    /** Splits NUL-free UTF-8 SQL into statements: pairs of (byte offset, byte length). */
    static native int[] splitStatements(byte[] utf8);

    /** Turns a serialized pg_query.ParseResult back into SQL text (UTF-8). */
    static native byte[] deparseProtobuf(byte[] tree);

    /** Parses a CREATE FUNCTION statement in LANGUAGE plpgsql into libpg_query's JSON of the function. */
    static native byte[] parsePlpgsqlJson(byte[] utf8);

    /** Scans NUL-free UTF-8 SQL into a serialized pg_query.ScanResult. */
    static native byte[] scanProtobuf(byte[] utf8);

    private static void load() {
        String resource = "/META-INF/native/" + platform() + "/" + LIBRARY;
        try (InputStream in = NativeParser.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UnsatisfiedLinkError("pgmicro: no native parser for " + platform() + " in the jar (" + resource + ")");
            }
            Path dir = Files.createTempDirectory("pgmicro-native");
            Path file = dir.resolve(LIBRARY);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            System.load(file.toAbsolutePath().toString());
            // The library stays mapped after the file is gone; nothing is left behind.
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("pgmicro: cannot unpack the native parser", e);
        }
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase().startsWith("linux") ? "linux" : System.getProperty("os.name").toLowerCase().replace(' ', '_');
        String arch = System.getProperty("os.arch");
        if (arch.equals("amd64")) {
            arch = "x86_64";
        }
        return os + "-" + arch;
    }
}

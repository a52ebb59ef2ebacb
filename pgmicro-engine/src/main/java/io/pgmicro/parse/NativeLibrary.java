package io.pgmicro.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The engine's one shared library, which ships inside this jar and is loaded from there
 * on first use: the parser's shim over libpg_query and the C library's math functions
 * (io.pgmicro.exec.functions.LibM). Every class with native methods calls {@link #load}
 * before its first call.
 */
public final class NativeLibrary {
    private static final String LIBRARY = "libpgmicro_parser.so";
    private static boolean loaded;

    private NativeLibrary() {
    }

    /** Loads the library into this class loader once; later calls do nothing. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        String resource = "/META-INF/native/" + platform() + "/" + LIBRARY;
        try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UnsatisfiedLinkError("pgmicro: no native library for " + platform() + " in the jar (" + resource + ")");
            }
            Path dir = Files.createTempDirectory("pgmicro-native");
            Path file = dir.resolve(LIBRARY);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            System.load(file.toAbsolutePath().toString());
            // The library stays mapped after the file is gone; nothing is left behind.
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
            loaded = true;
        } catch (IOException e) {
            throw new UncheckedIOException("pgmicro: cannot unpack the native library", e);
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

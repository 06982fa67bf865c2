package nl.reflectiewerkplaats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One throw-away data folder per test JVM, so tests never touch the user's real data. */
public final class TestStore {

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("rw-test-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestStore() {
    }

    public static String dataDir() {
        return DIR.toString();
    }

    public static Path newFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

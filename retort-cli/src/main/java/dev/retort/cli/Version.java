package dev.retort.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code retort --version}: the version Maven built. */
final class Version {
    private Version() {
    }

    static String text() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "retort " + p.getProperty("version", "unknown");
    }
}

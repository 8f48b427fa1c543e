package dev.retort.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code retort --version}: the version Maven built. */
final class Version {
    private Version() {
    }

    static String text() {
        return "retort " + number();
    }

    /** The version alone: {@code 0.1.0}, or {@code unknown} outside a built jar. */
    static String number() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    /** {@code retort <version>}, or {@code "version": "<version>"} in JSON. */
    record Report(String version) implements dev.retort.command.Report {
        @Override
        public void printText(PrintStream out) {
            out.println("retort " + version);
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStringField("version", version);
        }
    }
}

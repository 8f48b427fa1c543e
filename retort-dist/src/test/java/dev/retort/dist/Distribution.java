package dev.retort.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The archives `mvn package` built in retort-dist/target, and unpacking them as a user would. */
final class Distribution {
    static final String VERSION = System.getProperty("retort.version");
    static final Path TARGET = Path.of(System.getProperty("retort.dist.directory"));
    static final Pattern GENERATED = Pattern.compile("Generating (.+) \\.\\.\\.  done");

    private Distribution() {
    }

    static Path archive(String extension) {
        Path archive = TARGET.resolve("retort-" + VERSION + "." + extension);
        assertThat(archive).as("run mvn package first").isRegularFile();
        return archive;
    }

    /**
     * Unpacks retort-VERSION.tar.gz (with tar) or .zip (with unzip) into the directory and returns
     * the distribution's top directory, retort-VERSION.
     */
    static Path unpack(String extension, Path into) throws IOException {
        Files.createDirectories(into);
        Path archive = archive(extension);
        Shell shell = new Shell(into, into);
        Shell.Result result = extension.equals("zip")
                ? shell.run(List.of("unzip", "-q", archive.toString()))
                : shell.run(List.of("tar", "xzf", archive.toString()));
        assertThat(result.code()).as(result.toString()).isZero();
        Path home = into.resolve("retort-" + VERSION);
        assertThat(home).isDirectory();
        return home;
    }

    /** The path of the revision file a revision command reports. */
    static Path generated(Shell.Result revision) {
        Matcher m = GENERATED.matcher(revision.out());
        assertThat(m.find()).as(revision.toString()).isTrue();
        return Path.of(m.group(1));
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.retort.autogenerate;

import dev.retort.RetortException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An optional module the retort distribution ships outside its class path, in
 * {@code lib/<module>/} beside the runnable jar (retort-jpa and Hibernate in {@code lib/jpa/}),
 * so that commands which do not need it never open its jars. The runnable jar sits in the build
 * directory with {@code lib/} beside it (retort-cli/target), or in the archive's {@code lib/}
 * itself (retort-dist).
 */
final class ModuleJars {
    private ModuleJars() {
    }

    /**
     * A class loader over the jars of {@code lib/<name>/} beside the jar that holds retort-core (or
     * of {@code <name>/} when that jar is itself in a directory named {@code lib}),
     * in front of retort's own classes; empty when there is no such directory (retort-core used
     * as a library, or from its build directory). Never closed: it serves the rest of the run.
     */
    static Optional<ClassLoader> loader(String name) {
        Optional<Path> dir = home().flatMap(h -> Stream.of(h.resolve("lib").resolve(name),
                        h.getFileName() != null && h.getFileName().toString().equals("lib") ? h.resolve(name) : null)
                .filter(d -> d != null && Files.isDirectory(d)).findFirst());
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jars = Files.list(dir.get())) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new RetortException("Cannot read " + dir.get() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RetortException("Cannot list " + dir.get() + ": " + e.getMessage(), e);
        }
        return Optional.of(new URLClassLoader(urls.toArray(URL[]::new), ModuleJars.class.getClassLoader()));
    }

    /** The directory of the jar this class was loaded from, if it was loaded from a jar. */
    private static Optional<Path> home() {
        CodeSource source = ModuleJars.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.ofNullable(location.getParent()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

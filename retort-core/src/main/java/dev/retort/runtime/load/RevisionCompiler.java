package dev.retort.runtime.load;

import dev.retort.RetortException;
import dev.retort.migration.Migration;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java revision files with the running JDK's compiler (javax.tools) into the
 * {@link ClassCache}: only sources whose content hash has no cache entry yet, all in one compiler
 * task, against the running JVM's class path (which holds retort-core) plus extra entries. A
 * compile error fails the whole batch and nothing enters the cache.
 */
final class RevisionCompiler {
    private final ClassCache cache;
    private final List<Path> extraClasspath;

    RevisionCompiler(ClassCache cache, List<Path> extraClasspath) {
        this.cache = cache;
        this.extraClasspath = List.copyOf(extraClasspath);
    }

    /**
     * Makes sure each source has a cache entry.
     *
     * @return how many sources were compiled (those already cached are not)
     * @throws RetortException when there is no compiler, or listing every compile error, one per
     *                         line as {@code file:line: message} after a summary line
     */
    int compile(List<JavaSource> sources) {
        Map<String, JavaSource> missing = new LinkedHashMap<>();
        for (JavaSource source : sources) {
            if (!missing.containsKey(source.hash()) && !cache.contains(source.hash())) {
                missing.put(source.hash(), source);
            }
        }
        if (missing.isEmpty()) {
            return 0;
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new RetortException(noCompiler(missing.values().iterator().next().path(), missing.size()));
        }
        Path staging = cache.newStaging();
        try {
            compileInto(compiler, staging, List.copyOf(missing.values()));
            for (String hash : missing.keySet()) {
                cache.publish(staging.resolve(hash), hash);
            }
        } finally {
            cache.discard(staging);
        }
        return missing.size();
    }

    /** What to do on a Java runtime (a JRE, or a jlink image without jdk.compiler). */
    static String noCompiler(Path firstFile, int files) {
        return "Java revision " + firstFile.getFileName() + (files > 1 ? " (and " + (files - 1) + " more)" : "")
                + " needs a JDK to compile, but " + System.getProperty("java.home") + " is a Java runtime without"
                + " the compiler (javax.tools); run retort with a JDK's java (set JAVA_HOME to a JDK 17 or later),"
                + " or write SQL revisions (revision --format sql), or compile the revisions into the application"
                + " (classpath mode)";
    }

    private void compileInto(JavaCompiler compiler, Path staging, List<JavaSource> sources) {
        Map<JavaFileObject, Path> outputDirs = new HashMap<>();
        for (JavaSource source : sources) {
            Path dir = staging.resolve(source.hash());
            createDirectory(dir);
            outputDirs.put(source, dir);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8);
        List<String> options = List.of("-proc:none", "-implicit:none", "-nowarn", "-Xlint:none",
                "-classpath", classpath());
        boolean ok;
        try (StagingFileManager files = new StagingFileManager(standard, outputDirs)) {
            ok = compiler.getTask(new StringWriter(), files, diagnostics, options, null, sources).call();
        } catch (IOException e) {
            throw new RetortException("Cannot write compiled revisions to " + staging + ": " + e.getMessage(), e);
        }
        if (!ok) {
            throw failure(sources.size(), diagnostics.getDiagnostics());
        }
    }

    private static CompileException failure(int files, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        List<String> lines = new ArrayList<>();
        String firstFile = null;
        int firstLine = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String where = d.getSource() instanceof JavaSource s ? s.path().toString() : "javac";
                String line = d.getLineNumber() > 0 ? ":" + d.getLineNumber() : "";
                if (lines.isEmpty() && d.getSource() instanceof JavaSource) {
                    firstFile = where;
                    firstLine = (int) Math.max(0, d.getLineNumber());
                }
                lines.add(where + line + ": " + oneLine(d.getMessage(Locale.ROOT)));
            }
        }
        // One line, as every FAILED line is: the first error as file:line: message, then the count
        // and the others, so an editor or CI annotation can jump to the first one.
        String counts = lines.size() + (lines.size() == 1 ? " error" : " errors") + " in " + files
                + (files == 1 ? " file" : " files") + "; nothing was run";
        if (lines.isEmpty()) {
            return new CompileException("Cannot compile the Java revisions (" + counts + ")", null, 0, lines);
        }
        StringBuilder message = new StringBuilder(lines.get(0)).append(" (").append(counts);
        if (lines.size() > 1) {
            message.append("; also ").append(String.join(" | ", lines.subList(1, lines.size())));
        }
        return new CompileException(message.append(')').toString(), firstFile, firstLine, lines);
    }

    /** javac's message with its continuation lines ({@code symbol: ...}) joined by "; ". */
    private static String oneLine(String message) {
        List<String> parts = new ArrayList<>();
        for (String part : message.split("\\R")) {
            if (!part.isBlank()) {
                parts.add(part.strip().replaceAll("\\s+", " "));
            }
        }
        return String.join("; ", parts);
    }

    private String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        String own = System.getProperty("java.class.path", "");
        for (String entry : own.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        entries.add(retortCoreLocation());
        extraClasspath.forEach(p -> entries.add(p.toString()));
        entries.remove("");
        return String.join(File.pathSeparator, entries);
    }

    /** Where Migration was loaded from, in case the JVM's class path does not show it (a plugin's class loader). */
    private static String retortCoreLocation() {
        CodeSource source = Migration.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "";
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "";
        }
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new RetortException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
    }
}

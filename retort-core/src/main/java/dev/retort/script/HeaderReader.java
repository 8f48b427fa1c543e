package dev.retort.script;

import dev.retort.RetortException;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads revision file headers as text, never compiling: the {@code @Revision} annotation of a
 * {@code .java} file, the {@code -- retort:} lines of a {@code .sql} file. Reads each file only as
 * far as its header goes. Stateless and thread-safe.
 */
public final class HeaderReader {
    /** Below this many files, reading in parallel costs more than it saves. */
    static final int PARALLEL_THRESHOLD = 64;

    /** Reads the header of one file; its format is given by its extension. */
    public RevisionScript read(Path file) {
        ScriptFormat format = formatOf(file);
        try (InputStream in = new FileInputStream(file.toFile())) {
            return parse(HeaderBytes.of(in), file, format);
        } catch (FileNotFoundException e) {
            if (!Files.exists(file)) {
                throw new RetortException("Revision file " + file + " does not exist");
            }
            if (Files.isDirectory(file)) {
                throw new RetortException("Revision file " + file
                        + " is a directory; rename it or move it out of the version location");
            }
            throw new RetortException("Cannot read revision file " + file + ": " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new RetortException("Cannot read revision file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a header from bytes in memory, as if they were the content of {@code file}. */
    public RevisionScript read(Path file, byte[] content) {
        return parse(HeaderBytes.of(content), file, formatOf(file));
    }

    /**
     * Reads many files, in parallel when {@code parallel} is true and there are enough of them.
     * The result keeps the order of {@code files}; if several files are bad, the error is that of
     * the first bad one in that order.
     */
    public List<RevisionScript> readAll(List<Path> files, boolean parallel) {
        Object[] results = new Object[files.size()];
        IntStream indexes = IntStream.range(0, files.size());
        if (parallel && files.size() >= PARALLEL_THRESHOLD) {
            indexes = indexes.parallel();
        }
        indexes.forEach(i -> {
            try {
                results[i] = read(files.get(i));
            } catch (RetortException e) {
                results[i] = e;
            }
        });
        for (Object result : results) {
            if (result instanceof RetortException e) {
                throw e;
            }
        }
        return Arrays.stream(results).map(RevisionScript.class::cast).toList();
    }

    private static RevisionScript parse(HeaderBytes bytes, Path file, ScriptFormat format) {
        return format == ScriptFormat.JAVA
                ? new JavaHeaderParser(bytes, file).parse()
                : new SqlHeaderParser(bytes, file).parse();
    }

    /** The format a file name's extension names. */
    static ScriptFormat formatOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".java")) {
            return ScriptFormat.JAVA;
        }
        if (name.endsWith(".sql")) {
            return ScriptFormat.SQL;
        }
        throw new RetortException("Revision file " + file + " is neither .java nor .sql");
    }
}

package dev.retort.runtime.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * Sends each class file the compiler writes to the staging directory of the source it came from
 * ({@code <staging>/<hash>/<package path>/<Class>.class}), so that each source's classes can be
 * moved into the cache as one entry.
 */
final class StagingFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<JavaFileObject, Path> outputDirs;

    /** @param outputDirs where the classes of each source go */
    StagingFileManager(StandardJavaFileManager delegate, Map<JavaFileObject, Path> outputDirs) {
        super(delegate);
        this.outputDirs = outputDirs;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(JavaFileManager.Location location, String className,
                                               JavaFileObject.Kind kind, FileObject sibling) throws IOException {
        Path dir = outputDirs.get(sibling);
        if (dir == null || kind != JavaFileObject.Kind.CLASS) {
            throw new IOException("unexpected compiler output " + className + " from " + sibling);
        }
        Path file = dir.resolve(className.replace('.', '/') + ".class");
        return new SimpleJavaFileObject(file.toUri(), JavaFileObject.Kind.CLASS) {
            @Override
            public OutputStream openOutputStream() throws IOException {
                Files.createDirectories(file.getParent());
                return Files.newOutputStream(file);
            }
        };
    }
}

package dev.retort.runtime.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Defines the classes of many class-cache entries, each read from its class file when first
 * needed. The classes it holds are its own before the parent's (as javac saw them: a revision's
 * own class shadows any of the same name on the class path), and a lookup of one of them never
 * searches the parent's jars. Names are unique within one loader; {@link RevisionInstantiator}
 * gives files that declare the same class name loaders of their own.
 */
final class RevisionClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, Path> classFiles;

    /** @param classFiles binary class name to its class file */
    RevisionClassLoader(ClassLoader parent, Map<String, Path> classFiles) {
        super("retort-revisions", parent);
        this.classFiles = Map.copyOf(classFiles);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        Path file = classFiles.get(name);
        if (file == null) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                type = define(name, file);
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Path file = classFiles.get(name);
        if (file == null) {
            throw new ClassNotFoundException(name);
        }
        return loadClass(name, false);
    }

    private Class<?> define(String name, Path file) throws ClassNotFoundException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ClassNotFoundException(name + " (" + file + "): " + e.getMessage(), e);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}

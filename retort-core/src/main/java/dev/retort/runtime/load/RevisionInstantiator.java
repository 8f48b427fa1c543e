package dev.retort.runtime.load;

import dev.retort.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Revision;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Creates the {@link Migration} of a compiled revision file: loads the classes of its cache entry in
 * a class loader of their own (two files may declare classes of the same name), finds the one
 * annotated {@link Revision} and calls its constructor without parameters, which may be
 * package-private.
 */
final class RevisionInstantiator {
    private final ClassLoader parent;

    /** @param parent the loader that sees retort-core and the extra class path */
    RevisionInstantiator(ClassLoader parent) {
        this.parent = parent;
    }

    /** The migration compiled from {@code file} into {@code classes}. */
    Migration instantiate(Path classes, String id, Path file) {
        ClassLoader loader = new URLClassLoader(new URL[] {url(classes)}, parent);
        List<Class<?>> annotated = new ArrayList<>();
        for (String name : topLevelClasses(classes)) {
            Class<?> type = load(loader, name, file);
            if (type.isAnnotationPresent(Revision.class)) {
                annotated.add(type);
            }
        }
        if (annotated.size() != 1) {
            throw new RetortException("Revision file " + file + " declares " + annotated.size()
                    + " classes annotated @Revision; it must declare exactly one");
        }
        Class<?> type = annotated.get(0);
        String declared = type.getAnnotation(Revision.class).id();
        if (!declared.equals(id)) {
            throw new RetortException("Revision file " + file + " was read as revision " + id
                    + " but its compiled class says " + declared);
        }
        return create(type, id, file);
    }

    /** Creates an instance of a class annotated {@link Revision}. */
    static Migration create(Class<?> type, String id, Path file) {
        if (!Migration.class.isAssignableFrom(type)) {
            throw new RetortException("Revision " + id + " (" + file + "): class " + type.getName()
                    + " is annotated @Revision but does not implement Migration");
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Migration) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new RetortException("Revision " + id + " (" + file + "): class " + type.getName()
                    + " needs a constructor without parameters", e);
        } catch (InvocationTargetException e) {
            throw new RetortException("Revision " + id + " (" + file + "): constructing " + type.getSimpleName()
                    + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new RetortException("Revision " + id + " (" + file + "): cannot create " + type.getName()
                    + ": " + e, e);
        }
    }

    private static Class<?> load(ClassLoader loader, String name, Path file) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RetortException("Cannot load class " + name + " compiled from " + file + ": " + e
                    + "; delete the .retort-cache directory to recompile", e);
        }
    }

    private static List<String> topLevelClasses(Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(p -> classes.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new RetortException("Cannot read compiled revisions in " + classes + ": " + e.getMessage(), e);
        }
    }

    private static URL url(Path dir) {
        try {
            return dir.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(dir.toString(), e);
        }
    }
}

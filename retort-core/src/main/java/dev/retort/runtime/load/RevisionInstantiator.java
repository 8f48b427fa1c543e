package dev.retort.runtime.load;

import dev.retort.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Revision;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Creates the {@link Migration}s of compiled revision files: defines the classes of their cache
 * entries, finds in each entry the one class annotated {@link Revision} and calls its constructor
 * without parameters, which may be package-private. All entries share one class loader, except that
 * two files declaring a class of the same name never share one (each such file gets a loader where
 * its names are free): one loader per file cost ~1000 loaders, each searching the parent's jars
 * before its own directory.
 */
final class RevisionInstantiator {
    private final ClassLoader parent;

    /** @param parent the loader that sees retort-core and the extra class path */
    RevisionInstantiator(ClassLoader parent) {
        this.parent = parent;
    }

    /** A compiled revision file: its cache entry, the id its header declares, the file. */
    record Compiled(Path classes, String id, Path file) {
    }

    /** The migration of each revision, in order. */
    List<Migration> instantiateAll(List<Compiled> revisions) {
        List<Map<String, Path>> groups = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        List<Map<String, Path>> filesOf = new ArrayList<>();
        for (Compiled revision : revisions) {
            Map<String, Path> files = classFiles(revision.classes());
            int group = 0;
            while (group < groups.size() && !Collections.disjoint(groups.get(group).keySet(), files.keySet())) {
                group++;
            }
            if (group == groups.size()) {
                groups.add(new HashMap<>());
            }
            groups.get(group).putAll(files);
            groupOf.add(group);
            filesOf.add(files);
        }
        List<ClassLoader> loaders = groups.stream().<ClassLoader>map(g -> new RevisionClassLoader(parent, g)).toList();
        List<Migration> migrations = new ArrayList<>(revisions.size());
        for (int i = 0; i < revisions.size(); i++) {
            migrations.add(instantiate(loaders.get(groupOf.get(i)), filesOf.get(i).keySet(), revisions.get(i)));
        }
        return migrations;
    }

    /** The migration compiled from one file, whose classes {@code loader} defines. */
    private static Migration instantiate(ClassLoader loader, Set<String> classNames, Compiled revision) {
        Path file = revision.file();
        List<Class<?>> annotated = new ArrayList<>();
        for (String name : new TreeSet<>(classNames)) {
            if (name.contains("$")) {
                continue;
            }
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
        if (!declared.equals(revision.id())) {
            throw new RetortException("Revision file " + file + " was read as revision " + revision.id()
                    + " but its compiled class says " + declared);
        }
        return create(type, revision.id(), file);
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

    /** Every class file of a cache entry, by binary class name. */
    private static Map<String, Path> classFiles(Path classes) {
        Map<String, Path> files = new HashMap<>();
        try {
            collect(classes, "", files);
        } catch (IOException e) {
            throw new RetortException("Cannot read compiled revisions in " + classes + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static void collect(Path dir, String packagePrefix, Map<String, Path> files) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".class")) {
                    files.put(packagePrefix + name.substring(0, name.length() - ".class".length()), entry);
                } else if (Files.isDirectory(entry)) {
                    collect(entry, packagePrefix + name + ".", files);
                }
            }
        }
    }
}

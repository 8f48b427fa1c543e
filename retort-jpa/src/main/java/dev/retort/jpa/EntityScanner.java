package dev.retort.jpa;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the mapped classes of some packages (and their subpackages) on a class loader: those
 * annotated {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} or {@code @Converter}.
 * Lists the packages' class files in directories and jars, loads each class without initializing
 * it and keeps the annotated ones; no scanning library.
 */
final class EntityScanner {
    private static final List<Class<? extends Annotation>> MAPPED =
            List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);

    private final ClassLoader loader;

    EntityScanner(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * The mapped classes of the packages, ordered by name.
     *
     * @throws JpaModelException when none is found or a class does not load
     */
    List<Class<?>> scan(List<String> packages) {
        TreeSet<String> classNames = new TreeSet<>();
        for (String pkg : packages) {
            classNames.addAll(classNames(pkg));
        }
        List<Class<?>> mapped = new ArrayList<>();
        for (String name : classNames) {
            Class<?> c = load(name);
            if (MAPPED.stream().anyMatch(c::isAnnotationPresent)) {
                mapped.add(c);
            }
        }
        if (mapped.isEmpty()) {
            throw new JpaModelException("no @Entity, @Embeddable, @MappedSuperclass or @Converter class in packages "
                    + packages);
        }
        return mapped;
    }

    private List<String> classNames(String pkg) {
        String path = pkg.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                switch (root.getProtocol()) {
                    case "file" -> names.addAll(inDirectory(Path.of(root.toURI()), pkg));
                    case "jar" -> names.addAll(inJar(root, path));
                    default -> throw new JpaModelException("cannot list the classes of package " + pkg + " at "
                            + root + ": only directories and jars are scanned; list the entity classes instead");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing the classes of package " + pkg, e);
        } catch (URISyntaxException e) {
            throw new JpaModelException("listing the classes of package " + pkg, e);
        }
        return names;
    }

    private static List<String> inDirectory(Path dir, String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> isClassFile(f.toString()))
                    .map(f -> pkg + "." + className(dir.relativize(f).toString().replace(File.separatorChar, '/')))
                    .toList();
        }
    }

    private static List<String> inJar(URL root, String path) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                if (entry.startsWith(path + "/") && isClassFile(entry)) {
                    names.add(className(entry));
                }
            }
        }
        return names;
    }

    private static boolean isClassFile(String file) {
        return file.endsWith(".class") && !file.endsWith("package-info.class") && !file.endsWith("module-info.class");
    }

    /** {@code a/b/C.class} as {@code a.b.C} (nested classes keep their {@code $}). */
    private static String className(String classFile) {
        return classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new JpaModelException("cannot load class " + name + ": " + e, e);
        }
    }
}

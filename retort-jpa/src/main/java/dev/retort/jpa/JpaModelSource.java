package dev.retort.jpa;

import dev.retort.config.DatabaseKind;
import dev.retort.config.ModelConfig;
import dev.retort.schema.SchemaModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The model source for JPA entities ({@code jpa_packages} in {@code [retort.model]}): reads the
 * entities through Hibernate's boot metamodel, built for the target database's dialect without
 * connecting to any database, and returns the schema Hibernate maps them to as a
 * {@link SchemaModel} of portable types, for autogenerate and check to compare with a database.
 *
 * <pre>{@code
 * SchemaModel model = new JpaModelSource().read(loader, List.of("com.example.domain"), DatabaseKind.POSTGRESQL);
 * }</pre>
 */
public final class JpaModelSource {
    private final Map<String, Object> settings;

    /** A model source with Hibernate's default settings (its default naming strategies). */
    public JpaModelSource() {
        this(Map.of());
    }

    /**
     * A model source with further Hibernate settings, those the application's own bootstrap uses
     * that change the schema, such as {@code hibernate.physical_naming_strategy}. Connection
     * settings are ignored: the metamodel is always built offline.
     */
    public JpaModelSource(Map<String, Object> settings) {
        this.settings = Map.copyOf(settings);
    }

    /**
     * The schema of the given mapped classes (entities, and the embeddables, mapped superclasses
     * and converters they use), resolved with the classes' own class loader.
     *
     * @throws JpaModelException when Hibernate rejects the mapping or a column has no portable type
     */
    public SchemaModel read(List<Class<?>> classes, DatabaseKind kind) {
        if (classes.isEmpty()) {
            throw new JpaModelException("no entity classes given");
        }
        return read(classes, classes.get(0).getClassLoader(), kind);
    }

    /**
     * The schema of the mapped classes in {@code packages} and their subpackages on {@code loader}.
     *
     * @throws JpaModelException when the packages hold no mapped class, or as {@link #read(List, DatabaseKind)}
     */
    public SchemaModel read(ClassLoader loader, List<String> packages, DatabaseKind kind) {
        return read(new EntityScanner(loader).scan(packages), loader, kind);
    }

    /**
     * The schema of the {@code jpa_packages} of {@code [retort.model]}, loaded from its
     * {@code classpath} (directories and jars) in front of retort's own class path, which supplies
     * the JPA API and Hibernate.
     */
    public SchemaModel read(ModelConfig config, DatabaseKind kind) {
        try (URLClassLoader loader = new URLClassLoader(urls(config.classpath()), getClass().getClassLoader())) {
            return read(loader, config.jpaPackages(), kind);
        } catch (IOException e) {
            throw new UncheckedIOException("closing the model class path " + config.classpath(), e);
        }
    }

    private SchemaModel read(List<Class<?>> classes, ClassLoader loader, DatabaseKind kind) {
        try (BootMetamodel metamodel = BootMetamodel.build(classes, loader, kind, settings)) {
            return SchemaModelReader.read(metamodel.metadata());
        }
    }

    private static URL[] urls(List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path p : classpath) {
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new JpaModelException("not a class path entry: " + p, e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}

package dev.retort.autogenerate;

import dev.retort.RetortException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/** The {@code [retort.model] classpath}: the directories and jars model classes are loaded from. */
final class ModelClassPath {
    private ModelClassPath() {
    }

    /**
     * A class loader over {@code classpath} in front of retort's own classes, so that the model's
     * classes see the same {@link dev.retort.migration.Op} and builders as retort.
     */
    static URLClassLoader loader(List<Path> classpath) {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classpath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new RetortException("[retort.model] classpath: not a path: " + classpath.get(i), e);
            }
        }
        return new URLClassLoader(urls, ModelClassPath.class.getClassLoader());
    }
}

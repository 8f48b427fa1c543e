package dev.retort.api;

import dev.retort.Retort;
import dev.retort.RetortBuilder;
import java.nio.file.Path;

/**
 * An application starting up, for {@link ConcurrentInitializeTest}: {@code files URL PROJECT_DIR}
 * or {@code classpath URL} (revisions on this JVM's class path). Prints how many steps it ran;
 * exit 1 with the error on stderr.
 */
public final class InitializeMain {
    private InitializeMain() {
    }

    public static void main(String[] args) {
        try {
            RetortBuilder builder = Retort.configure().url(args[1]);
            if (args[0].equals("files")) {
                builder.baseDirectory(Path.of(args[2]));
            } else {
                builder.classpathRevisions();
            }
            System.out.println("steps " + builder.load().initialize().steps().size());
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}

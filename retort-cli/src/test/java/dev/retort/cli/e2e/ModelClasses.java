package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Model classes of a test project, compiled with javac against the test's own class path. */
final class ModelClasses {
    private ModelClasses() {
    }

    /**
     * Compiles {@code sources} (class name to source) into {@code classes}.
     *
     * @return {@code classes}
     */
    static Path compile(Path classes, Map<String, String> sources) throws IOException {
        Files.createDirectories(classes);
        Path src = Files.createTempDirectory(classes.getParent(), "model-src");
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "-proc:none"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int code = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        assertThat(code).as("javac: " + diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }
}

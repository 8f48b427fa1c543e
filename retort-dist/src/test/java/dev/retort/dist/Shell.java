package dev.retort.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs programs of the unpacked distribution as a user's shell would: a working directory, an
 * environment that starts from this process's PATH with none of retort's variables (nor the
 * user's HOME: a HOME and XDG_CACHE_HOME of the test's own), output captured.
 */
final class Shell {
    private static final long TIMEOUT_SECONDS = 300;

    private final Path workingDirectory;
    private final Map<String, String> environment = new HashMap<>();

    Shell(Path workingDirectory, Path home) {
        this.workingDirectory = workingDirectory;
        environment.put("PATH", System.getenv("PATH"));
        environment.put("HOME", home.toString());
        environment.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        environment.put("LANG", "C.UTF-8");
    }

    /** Sets a variable; a null value removes it. */
    Shell env(String name, String value) {
        if (value == null) {
            environment.remove(name);
        } else {
            environment.put(name, value);
        }
        return this;
    }

    Shell in(Path directory) {
        Shell other = new Shell(directory, Path.of(environment.get("HOME")));
        other.environment.clear();
        other.environment.putAll(environment);
        return other;
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("retort-dist-out", ".txt");
            Path err = Files.createTempFile("retort-dist-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
                builder.environment().clear();
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    fail("timed out after " + TIMEOUT_SECONDS + " s: " + command);
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Result run(Path program, String... args) {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(List.of(args));
        return run(command);
    }

    /** Runs and asserts exit 0. */
    Result ok(Path program, String... args) {
        Result result = run(program, args);
        assertThat(result.code()).as(String.join(" ", args) + "\n" + result).isZero();
        return result;
    }
}

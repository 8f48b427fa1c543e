package dev.retort.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code retort} as a process of its own ({@code java -cp <test classpath> dev.retort.cli.Main}),
 * started in a project directory with a {@code DATABASE_URL}; its output goes to files, read
 * while it runs.
 */
final class RetortProcess {
    private static final String CLASSPATH = System.getProperty("surefire.test.class.path",
            System.getProperty("java.class.path"));
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private final Process process;
    private final Path out;
    private final Path err;

    private RetortProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code retort <args>} in {@code dir}, its output in {@code dir/<name>.out|err}. */
    static RetortProcess start(Path dir, String databaseUrl, String name, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-cp", CLASSPATH,
                "dev.retort.cli.Main"));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("DATABASE_URL", databaseUrl);
        try {
            return new RetortProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** What it printed on stdout so far (all of it once it has ended). */
    String out() {
        try {
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What it printed on stderr so far. */
    String err() {
        try {
            return Files.readString(err, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (at most a minute) for it to end; returns the exit code. */
    int exitCode() throws InterruptedException {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("retort ended within 60 s\n" + this).isTrue();
        return process.exitValue();
    }

    /** Kills it with SIGKILL, as an orchestrator or the OOM killer would, and waits for it to go. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    /**
     * Polls {@code condition} (every 20 ms, at most {@code limit}) while this process runs;
     * fails if it ends or the time runs out first.
     */
    void awaitWhileRunning(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(process.isAlive()).as("still running while waiting for " + what + "\n" + this).isTrue();
            assertThat(System.nanoTime()).as("reached " + what + " within " + limit + "\n" + this).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Override
    public String toString() {
        try {
            return "pid " + process.pid() + "\n--- stdout\n" + Files.readString(out) + "--- stderr\n" + err();
        } catch (IOException e) {
            return "pid " + process.pid() + " (output unreadable: " + e + ")";
        }
    }
}

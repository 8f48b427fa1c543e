package dev.retort.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The image a Dockerfile describes, built into a folder instead of by a Docker engine (none runs
 * here): its COPY, ENV, WORKDIR and RUN steps applied under a root folder, every absolute path of
 * the image mapped into it. FROM names the base image: its JDK is the one running the tests (the
 * Temurin image sets JAVA_HOME and puts its java on PATH). Any other instruction fails, so that a
 * change to the Dockerfile is a change to this reading of it.
 */
final class DockerfileLayout {
    private static final Pattern INSTRUCTION = Pattern.compile("([A-Z]+)\\s+(.*)");
    private static final Pattern ENV_PAIR = Pattern.compile("(\\w+)=\"?([^\"]*)\"?");
    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    final Path root;
    final String from;
    final Map<String, String> env = new LinkedHashMap<>();
    final String workdir;
    final List<String> entrypoint;
    final List<String> cmd;

    /** Builds the image of {@code context/Dockerfile} under {@code root}. */
    DockerfileLayout(Path context, Path root, Path home) throws IOException {
        this.root = root;
        String from = null;
        String workdir = "/";
        List<String> entrypoint = List.of();
        List<String> cmd = List.of();
        env.put("PATH", System.getenv("PATH"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        for (String line : Files.readAllLines(context.resolve("Dockerfile"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = INSTRUCTION.matcher(line.strip());
            assertThat(m.matches()).as(line).isTrue();
            String args = m.group(2).strip();
            switch (m.group(1)) {
                case "FROM" -> from = args;
                case "COPY" -> {
                    String[] parts = args.split("\\s+");
                    assertThat(parts).as("COPY SRC DEST: " + line).hasSize(2);
                    copyTree(context.resolve(parts[0]), inside(parts[1]));
                }
                case "ENV" -> {
                    Matcher pair = ENV_PAIR.matcher(args);
                    assertThat(pair.matches()).as("ENV NAME=VALUE: " + line).isTrue();
                    env.put(pair.group(1), expand(pair.group(2)));
                }
                case "WORKDIR" -> {
                    workdir = args;
                    Files.createDirectories(inside(workdir));
                }
                case "RUN" -> {
                    Shell.Result result = shell(inside(workdir), home).run(command(json(args)));
                    assertThat(result.code()).as(line + "\n" + result).isZero();
                }
                case "ENTRYPOINT" -> entrypoint = json(args);
                case "CMD" -> cmd = json(args);
                default -> throw new AssertionError("DockerfileLayout does not know " + line);
            }
        }
        this.from = from;
        this.workdir = workdir;
        this.entrypoint = entrypoint;
        this.cmd = cmd;
    }

    /** {@code path} of the image, in the folder. */
    Path inside(String path) {
        assertThat(path).as("an absolute path of the image").startsWith("/");
        return root.resolve(path.substring(1));
    }

    /** A shell in the image's environment; the working directory in the folder. */
    Shell shell(Path workingDirectory, Path home) {
        Shell shell = new Shell(workingDirectory, home);
        env.forEach(shell::env);
        return shell;
    }

    /**
     * {@code docker run IMAGE [ARGS]}: ENTRYPOINT with ARGS, or with CMD when there are none, in
     * WORKDIR, with the image's environment and {@code -e} variables.
     */
    Shell.Result run(Path home, Map<String, String> variables, String... args) {
        List<String> command = new ArrayList<>(entrypoint);
        command.addAll(args.length == 0 ? cmd : List.of(args));
        Shell shell = shell(inside(workdir), home);
        variables.forEach(shell::env);
        return shell.run(command(command));
    }

    /** The command with its program found as the image would: an absolute path, else on the image's PATH. */
    private List<String> command(List<String> command) {
        List<String> resolved = new ArrayList<>(command);
        String program = command.get(0);
        if (program.startsWith("/")) {
            resolved.set(0, inside(program).toString());
        } else {
            resolved.set(0, Stream.of(env.get("PATH").split(":")).map(dir -> Path.of(dir, program))
                    .filter(Files::isExecutable).findFirst().orElseThrow(() -> new AssertionError(
                            program + " is not on the image's PATH " + env.get("PATH"))).toString());
        }
        return resolved;
    }

    /** ${NAME} from the environment so far; absolute directories of the image mapped into the folder. */
    private String expand(String value) {
        StringBuilder out = new StringBuilder();
        for (String entry : value.split(":", -1)) {
            if (out.length() > 0) {
                out.append(':');
            }
            if (entry.startsWith("${") && entry.endsWith("}")) {
                out.append(env.getOrDefault(entry.substring(2, entry.length() - 1), ""));
            } else if (entry.startsWith("/") && Files.exists(inside(entry))) {
                out.append(inside(entry));
            } else {
                out.append(entry);
            }
        }
        return out.toString();
    }

    private static List<String> json(String array) {
        assertThat(array).as("the exec form [\"...\"]").startsWith("[").endsWith("]");
        List<String> values = new ArrayList<>();
        Matcher m = JSON_STRING.matcher(array);
        while (m.find()) {
            values.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return values;
    }

    /** COPY of a directory: its contents, with their permissions. */
    private static void copyTree(Path from, Path to) throws IOException {
        assertThat(from).isDirectory();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

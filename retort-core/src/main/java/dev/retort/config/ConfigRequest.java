package dev.retort.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything {@link ConfigLoader} reads besides the file: the global options and the process's
 * environment, passed in explicitly so that nothing reads the real environment behind the
 * caller's back. Immutable; build with {@link #builder(Path)}.
 *
 * @param configFile       {@code -c FILE}, or null to use {@code RETORT_CONFIG} or ./retort.toml
 * @param section          {@code -n SECTION}: the top-level table to read, default {@code retort}
 * @param xArguments       {@code -x key=value} arguments
 * @param environment      environment variables
 * @param workingDirectory what relative {@code -c} paths and SQLite URLs are relative to
 * @param urlOverride      {@code --url}, or null
 */
public record ConfigRequest(
        Path configFile,
        String section,
        Map<String, String> xArguments,
        Map<String, String> environment,
        Path workingDirectory,
        String urlOverride) {

    /** The section read when no {@code -n} is given. */
    public static final String DEFAULT_SECTION = "retort";
    /** The environment variable naming the config file. */
    public static final String CONFIG_VARIABLE = "RETORT_CONFIG";
    /**
     * The environment variable holding the database URL: it overrides the config file's
     * {@code url}, and {@code --url} and {@code -x url=} override it (as a container sets it).
     */
    public static final String URL_VARIABLE = "RETORT_URL";

    public ConfigRequest {
        section = section == null || section.isBlank() ? DEFAULT_SECTION : section;
        xArguments = java.util.Collections.unmodifiableMap(new TreeMap<>(xArguments));
        environment = Map.copyOf(environment);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        urlOverride = urlOverride == null || urlOverride.isBlank() ? null : urlOverride;
    }

    /** A builder with no options, an empty environment and the given working directory. */
    public static Builder builder(Path workingDirectory) {
        return new Builder(workingDirectory);
    }

    /** Shows no environment and no password. */
    @Override
    public String toString() {
        Secrets secrets = Secrets.inArguments(xArguments).and(Secrets.foundIn(urlOverride));
        return secrets.mask("ConfigRequest[configFile=" + configFile + ", section=" + section + ", xArguments="
                + xArguments + ", environment=<" + environment.size() + " variables>, workingDirectory="
                + workingDirectory + ", urlOverride=" + urlOverride + "]");
    }

    /** Builds a {@link ConfigRequest}. */
    public static final class Builder {
        private final Path workingDirectory;
        private Path configFile;
        private String section;
        private final Map<String, String> xArguments = new TreeMap<>();
        private Map<String, String> environment = Map.of();
        private String urlOverride;

        private Builder(Path workingDirectory) {
            this.workingDirectory = Objects.requireNonNull(workingDirectory);
        }

        /** {@code -c FILE}. */
        public Builder configFile(Path file) {
            this.configFile = file;
            return this;
        }

        /** {@code -n SECTION}. */
        public Builder section(String name) {
            this.section = name;
            return this;
        }

        /** One {@code -x key=value}; a later value for the same key wins. */
        public Builder xArgument(String key, String value) {
            xArguments.put(key, value);
            return this;
        }

        /** Several {@code -x} arguments. */
        public Builder xArguments(Map<String, String> arguments) {
            xArguments.putAll(arguments);
            return this;
        }

        /** The environment, e.g. {@code System.getenv()}. */
        public Builder environment(Map<String, String> variables) {
            this.environment = variables;
            return this;
        }

        /** {@code --url}. */
        public Builder url(String url) {
            this.urlOverride = url;
            return this;
        }

        public ConfigRequest build() {
            return new ConfigRequest(configFile, section, xArguments, environment, workingDirectory, urlOverride);
        }
    }
}

package dev.retort.config;

import java.nio.file.Path;

/**
 * Picks the config file: {@code -c FILE}, else the {@code RETORT_CONFIG} environment variable,
 * else {@code retort.toml} in the working directory; relative names are relative to the working
 * directory.
 */
final class ConfigFileLocator {
    static final String DEFAULT_FILE_NAME = "retort.toml";

    /**
     * The file chosen.
     *
     * @param path   absolute and normalized
     * @param shown  the name as the user gave it, for "not found" messages
     */
    record ConfigSource(Path path, String shown) {
    }

    private ConfigFileLocator() {
    }

    static ConfigSource locate(ConfigRequest request) {
        String given;
        if (request.configFile() != null) {
            given = request.configFile().toString();
        } else {
            String fromEnvironment = request.environment().get(ConfigRequest.CONFIG_VARIABLE);
            given = fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_FILE_NAME : fromEnvironment;
        }
        Path path = request.workingDirectory().resolve(given).toAbsolutePath().normalize();
        return new ConfigSource(path, given);
    }
}

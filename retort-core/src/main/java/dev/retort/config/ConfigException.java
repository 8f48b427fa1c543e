package dev.retort.config;

import dev.retort.RetortException;

/** The configuration cannot be read: a missing or malformed retort.toml, a bad key, value or URL. */
public class ConfigException extends RetortException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String kind() {
        return "config";
    }
}

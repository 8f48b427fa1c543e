package dev.retort.config;

import java.nio.file.Path;

/**
 * Where a key is written, for messages: {@code 'url' in [retort] of /p/retort.toml}.
 *
 * @param key   the key
 * @param table the dotted table name, e.g. {@code retort.model}
 * @param file  the config file
 */
record KeyLocation(String key, String table, Path file) {

    @Override
    public String toString() {
        return "'" + key + "' in [" + table + "] of " + file;
    }
}

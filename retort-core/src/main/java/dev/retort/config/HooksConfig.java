package dev.retort.config;

import java.util.List;

/**
 * The {@code [SECTION.hooks]} table.
 *
 * @param postWrite commands run on each new revision file, {@code {file}} standing for its path
 */
public record HooksConfig(List<String> postWrite) {

    public HooksConfig {
        postWrite = List.copyOf(postWrite);
    }

    /** No hooks. */
    public static HooksConfig none() {
        return new HooksConfig(List.of());
    }
}

package dev.retort.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a key a table does not know, naming it, its table and the file, and suggesting what
 * was probably meant: the table the key belongs in, or the closest known key.
 */
final class KeyChecker {
    private KeyChecker() {
    }

    /**
     * @param table     the table; its keys are in file order, so the first unknown one is reported
     * @param known     the table's keys
     * @param elsewhere other tables' keys by table name, for "it belongs in [...]"
     */
    static void check(TomlTable table, String tableName, Path file, List<String> known,
            Map<String, List<String>> elsewhere) {
        Optional<String> firstUnknown = table.keySet().stream()
                .filter(key -> !known.contains(key))
                .findFirst();
        firstUnknown.ifPresent(key -> {
            throw new ConfigException("Unknown key " + new KeyLocation(key, tableName, file) + hint(key, known, elsewhere));
        });
    }

    private static String hint(String key, List<String> known, Map<String, List<String>> elsewhere) {
        for (Map.Entry<String, List<String>> other : elsewhere.entrySet()) {
            if (other.getValue().contains(key)) {
                return "; it belongs in [" + other.getKey() + "]";
            }
        }
        return KeySuggester.closest(key, known)
                .map(suggestion -> "; did you mean '" + suggestion + "'?")
                .orElse("; known keys: " + String.join(", ", known));
    }
}

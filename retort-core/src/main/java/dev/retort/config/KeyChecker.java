package dev.retort.config;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Refuses a key a table does not know, naming it, its table and the file, and suggesting what
 * was probably meant: the table the key belongs in, or the closest known key.
 */
final class KeyChecker {
    private KeyChecker() {
    }

    /**
     * @param known     the table's keys
     * @param elsewhere other tables' keys by table name, for "it belongs in [...]"
     */
    static void check(TomlTable table, String tableName, Path file, List<String> known,
            Map<String, List<String>> elsewhere) {
        Optional<String> firstUnknown = table.keySet().stream()
                .filter(key -> !known.contains(key))
                .min(Comparator.comparingInt((String key) -> line(table, key)).thenComparing(key -> key));
        firstUnknown.ifPresent(key -> {
            throw new RetortException("Unknown key " + new KeyLocation(key, tableName, file) + hint(key, known, elsewhere));
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

    private static int line(TomlTable table, String key) {
        TomlPosition position = table.inputPositionOf(List.of(key));
        return position == null ? Integer.MAX_VALUE : position.line();
    }
}

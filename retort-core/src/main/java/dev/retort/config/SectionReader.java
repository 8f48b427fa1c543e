package dev.retort.config;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads typed, interpolated values from one TOML table, with errors that name the key, its
 * table and the file. An empty string after interpolation means "not set". Integer, boolean and
 * duration keys also accept a string (so that they can be interpolated: {@code "${len:-40}"}).
 */
final class SectionReader {
    private final TomlTable table;
    private final String tableName;
    private final Path file;
    private final Interpolator interpolator;

    SectionReader(TomlTable table, String tableName, Path file, Interpolator interpolator) {
        this.table = table;
        this.tableName = tableName;
        this.file = file;
        this.interpolator = interpolator;
    }

    String tableName() {
        return tableName;
    }

    TomlTable table() {
        return table;
    }

    KeyLocation at(String key) {
        return new KeyLocation(key, tableName, file);
    }

    /** The sub-table {@code key}, if present. */
    Optional<SectionReader> subTable(String key) {
        Object value = raw(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof TomlTable sub)) {
            throw wrongType(key, "a table", value);
        }
        return Optional.of(new SectionReader(sub, tableName + "." + key, file, interpolator));
    }

    Optional<String> string(String key) {
        Object value = raw(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw wrongType(key, "a string", value);
        }
        return notEmpty(interpolator.interpolate(text, "key " + at(key)));
    }

    /** The array's strings, interpolated, empty ones left out; empty when absent. */
    List<String> strings(String key) {
        Object value = raw(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> array)) {
            throw wrongType(key, "an array of strings", value);
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof String text)) {
                throw wrongType(key, "an array of strings", array.get(i));
            }
            notEmpty(interpolator.interpolate(text, "key " + at(key))).ifPresent(result::add);
        }
        return List.copyOf(result);
    }

    Optional<Integer> integer(String key) {
        Object value = raw(key);
        if (value instanceof Long number) {
            if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                throw new ConfigException("Key " + at(key) + " is out of range: " + number);
            }
            return Optional.of(number.intValue());
        }
        return stringOrNumber(key, value, "an integer").map(text -> {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new ConfigException("Key " + at(key) + " must be an integer, not '" + text + "'");
            }
        });
    }

    Optional<Boolean> bool(String key) {
        Object value = raw(key);
        if (value instanceof Boolean flag) {
            return Optional.of(flag);
        }
        return stringOrNumber(key, value, "a boolean").map(text -> switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new ConfigException("Key " + at(key) + " must be true or false, not '" + text + "'");
        });
    }

    /** A duration; a TOML integer is seconds. */
    Optional<Duration> duration(String key) {
        Object value = raw(key);
        if (value instanceof Long seconds) {
            if (seconds < 0) {
                throw invalid(key, seconds.toString(), "use " + DurationParser.ACCEPTED_FORMS);
            }
            return Optional.of(Duration.ofSeconds(seconds));
        }
        return stringOrNumber(key, value, "a duration").map(text -> DurationParser.parse(text).orElseThrow(
                () -> invalid(key, text, "use " + DurationParser.ACCEPTED_FORMS)));
    }

    RetortException invalid(String key, String value, String accepted) {
        return new ConfigException("Invalid value '" + value + "' for key " + at(key) + "; " + accepted);
    }

    private Optional<String> stringOrNumber(String key, Object value, String expected) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw wrongType(key, expected, value);
        }
        return notEmpty(interpolator.interpolate(text, "key " + at(key)));
    }

    private Object raw(String key) {
        return table.get(key);
    }

    private RetortException wrongType(String key, String expected, Object value) {
        return new ConfigException("Key " + at(key) + " must be " + expected + ", not " + describe(value));
    }

    private static Optional<String> notEmpty(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String describe(Object value) {
        if (value instanceof String) {
            return "a string";
        } else if (value instanceof Long) {
            return "an integer";
        } else if (value instanceof Double) {
            return "a float";
        } else if (value instanceof Boolean) {
            return "a boolean";
        } else if (value instanceof List) {
            return "an array";
        } else if (value instanceof TomlTable) {
            return "a table";
        } else if (value instanceof TemporalAccessor) {
            return "a date/time";
        }
        return "a " + value.getClass().getSimpleName();
    }
}

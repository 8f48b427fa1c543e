package dev.retort.config;

import com.electronwill.nightconfig.core.Config;
import com.electronwill.nightconfig.core.UnmodifiableConfig;
import com.electronwill.nightconfig.core.io.ParsingException;
import com.electronwill.nightconfig.core.io.ParsingMode;
import com.electronwill.nightconfig.toml.TomlFormat;
import com.electronwill.nightconfig.toml.TomlParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a TOML file into {@link TomlTable}s; a syntax error becomes {@code <file>:<line>: <message>}.
 * NightConfig's errors carry no position, so the line is that of the last character the parser
 * read when it gave up. {@link ParsingMode#REPLACE} makes a key written twice an error.
 */
final class TomlFiles {
    private TomlFiles() {
    }

    static TomlTable read(Path file) {
        String text;
        try {
            // malformed UTF-8 becomes U+FFFD rather than an error, as with the former parser
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("Cannot read config file " + file + ": " + e.getMessage(), e);
        }
        LineCountingReader reader = new LineCountingReader(new StringReader(text));
        Config config = TomlFormat.newConfig(LinkedHashMap::new);
        try {
            new TomlParser().parse(reader, config, ParsingMode.REPLACE);
        } catch (ParsingException e) {
            throw new ConfigException(file + ":" + reader.line() + ": " + oneLine(CredentialFinder.maskAll(String.valueOf(e.getMessage()))));
        }
        return table(config);
    }

    static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    private static TomlTable table(UnmodifiableConfig config) {
        Map<String, Object> values = new LinkedHashMap<>();
        config.valueMap().forEach((key, value) -> values.put(key, value(value)));
        return new TomlTable(values);
    }

    private static Object value(Object value) {
        if (value instanceof UnmodifiableConfig sub) {
            return table(sub);
        } else if (value instanceof Integer small) {
            return small.longValue();
        } else if (value instanceof List<?> array) {
            List<Object> values = new ArrayList<>(array.size());
            array.forEach(element -> values.add(value(element)));
            return List.copyOf(values);
        }
        return value;
    }

    /** The message with control characters escaped: some messages quote the newline they met. */
    private static String oneLine(String message) {
        StringBuilder out = new StringBuilder(message.length());
        for (char c : message.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

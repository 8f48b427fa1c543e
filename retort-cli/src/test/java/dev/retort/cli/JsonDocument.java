package dev.retort.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@code --format json} printed into plain Java values (objects as ordered maps,
 * arrays as lists, integers as {@link Long}, strings, booleans, null) with jackson-core's parser,
 * failing unless the text is exactly one JSON object.
 */
public final class JsonDocument {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonDocument() {
    }

    /** The one object {@code text} holds; fails on anything before or after it. */
    public static Map<String, Object> parse(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new AssertionError("not a JSON object: " + text);
            }
            Map<String, Object> document = object(p);
            if (p.nextToken() != null) {
                throw new AssertionError("more than one JSON document: " + text);
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (object.containsKey(name)) {
                throw new AssertionError("field " + name + " twice");
            }
            p.nextToken();
            object.put(name, value(p));
        }
        return object;
    }

    private static Object value(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p));
                }
                yield array;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NULL -> null;
            default -> throw new AssertionError("unexpected " + p.currentToken());
        };
    }
}

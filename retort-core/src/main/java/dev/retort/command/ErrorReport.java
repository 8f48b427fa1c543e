package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.retort.RetortException;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a command failed, as the {@code "error"} object of its JSON document: a stable {@code kind},
 * the one-line {@code message} (the {@code FAILED: } line without that prefix) and the fields of
 * {@link RetortException#details()}.
 *
 * @param details values are strings, numbers, booleans, collections of strings, or null
 */
public record ErrorReport(String kind, String message, Map<String, Object> details) {
    /** A command line retort cannot parse (exit 2). */
    public static final String USAGE = "usage";
    /** Not a {@link RetortException}: a bug, or something retort did not foresee. */
    public static final String INTERNAL = "internal";

    public ErrorReport {
        details = new LinkedHashMap<>(details);
    }

    public static ErrorReport of(String kind, String message) {
        return new ErrorReport(kind, message, Map.of());
    }

    /** The report of an exception; {@code message} as the FAILED line shows it. */
    public static ErrorReport of(RuntimeException e, String message) {
        if (e instanceof RetortException re) {
            return new ErrorReport(re.kind(), message, re.details());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("exception", e.getClass().getName());
        return new ErrorReport(INTERNAL, message, details);
    }

    /** Writes {@code "error": {"kind": ..., "message": ..., <details>}} into an open object. */
    public void writeJson(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("error");
        json.writeStringField("kind", kind);
        json.writeStringField("message", message);
        for (Map.Entry<String, Object> detail : details.entrySet()) {
            json.writeFieldName(detail.getKey());
            writeValue(json, detail.getValue());
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Collection<?> values) {
            json.writeStartArray();
            for (Object v : values) {
                writeValue(json, v);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }
}

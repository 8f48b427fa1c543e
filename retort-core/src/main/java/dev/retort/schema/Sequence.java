package dev.retort.schema;

/** A sequence; start and increment may be null when unknown or default. */
public record Sequence(String schema, String name, Long start, Long increment) {
}

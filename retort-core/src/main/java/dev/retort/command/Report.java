package dev.retort.command;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;

/**
 * What a command returns: a value that prints itself as Alembic-compatible text or as the
 * fields of one JSON document. The CLI chooses which; the Java API reads the value itself.
 */
public interface Report {

    /** Prints the text form, line for line as Alembic prints it. */
    void printText(PrintStream out);

    /** Writes this report's fields into an open JSON object (the envelope is written by {@link Reports}). */
    void writeJson(JsonGenerator json) throws IOException;
}

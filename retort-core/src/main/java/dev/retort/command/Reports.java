package dev.retort.command;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.retort.script.Revision;
import dev.retort.script.RevisionScript;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.TreeSet;

/** Prints reports: text, or one JSON document {@code {"schema": 1, "command": ..., ...}}. */
public final class Reports {
    /** Version of the JSON documents' layout. */
    public static final int JSON_SCHEMA = 1;

    /** Made on first JSON output only: text output need not load and set up Jackson. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    private Reports() {
    }

    /** The output formats of {@code --format}. */
    public enum Format {
        TEXT, JSON
    }

    public static void print(Report report, String command, Format format, PrintStream out) {
        if (format == Format.TEXT) {
            report.printText(out);
            out.flush();
            return;
        }
        printJson(command, report, null, out);
    }

    /**
     * Prints one JSON document: {@code schema}, {@code command} (null when the command line named
     * none), the report's fields when there is a report, and {@code error} when the command failed.
     * The document is written whole or not at all.
     *
     * @param report the command's result, or null when it failed before having one
     * @param error  why the command failed, or null when it succeeded
     */
    public static void printJson(String command, Report report, ErrorReport error, PrintStream out) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator json = Json.FACTORY.createGenerator(buffer)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeNumberField("schema", JSON_SCHEMA);
            json.writeStringField("command", command);
            if (report != null) {
                report.writeJson(json);
            }
            if (error != null) {
                error.writeJson(json);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.print(buffer);
        out.println();
        out.flush();
    }

    /** One revision as a JSON object; the same layout in every command. */
    public static void writeRevision(JsonGenerator json, Revision rev, boolean current) throws IOException {
        json.writeStartObject();
        json.writeStringField("revision", rev.id());
        writeStrings(json, "down_revisions", rev.downRevisions());
        writeStrings(json, "depends_on", rev.dependencies());
        writeStrings(json, "branch_labels", rev.branchLabels());
        writeStrings(json, "next_revisions", new TreeSet<>(rev.nextRevisions()));
        json.writeBooleanField("is_head", rev.isRealHead());
        json.writeBooleanField("is_effective_head", rev.isHead() && !rev.isRealHead());
        json.writeBooleanField("is_base", rev.isBase());
        json.writeBooleanField("is_branch_point", rev.isBranchPoint());
        json.writeBooleanField("is_merge_point", rev.isMergePoint());
        if (current) {
            json.writeBooleanField("is_current", true);
        }
        RevisionScript script = rev.script();
        if (script != null) {
            json.writeStringField("message", script.doc());
            json.writeStringField("doc", script.longDoc());
            json.writeStringField("path", script.path().toString());
            json.writeStringField("format", script.format().extension());
        }
        json.writeEndObject();
    }

    public static void writeRevisions(JsonGenerator json, String field, Collection<Revision> revs) throws IOException {
        json.writeArrayFieldStart(field);
        for (Revision rev : revs) {
            writeRevision(json, rev, false);
        }
        json.writeEndArray();
    }

    public static void writeStrings(JsonGenerator json, String field, Collection<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }
}

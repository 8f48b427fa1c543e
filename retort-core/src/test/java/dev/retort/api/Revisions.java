package dev.retort.api;

import dev.retort.migration.Migration;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Writes test projects: SQL revision files, or {@code @Revision} classes compiled as an application would be. */
final class Revisions {
    private Revisions() {
    }

    /** Writes {@code dir/migrations/versions/<id>_rev_<id>.sql}; {@code down} is "" for a root. */
    static Path sql(Path dir, String id, String down, String upgrade, String downgrade) {
        String text = "-- retort: revision=" + id + " down=" + down + "\n"
                + "-- retort: message=rev " + id + "\n"
                + "-- retort: upgrade\n" + upgrade + "\n"
                + "-- retort: downgrade\n" + downgrade + "\n";
        return write(dir.resolve("migrations/versions/" + id + "_rev_" + id + ".sql"), text);
    }

    /** The good project: a1 account, b2 item with a foreign key and index, c3 account.email. */
    static Path goodProject(Path dir) {
        sql(dir, "a1", "", "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);",
                "DROP TABLE account;");
        sql(dir, "b2", "a1", "CREATE TABLE item (id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES account (id),"
                        + " label VARCHAR(40) DEFAULT 'x');\nCREATE UNIQUE INDEX ix_item_label ON item (label);",
                "DROP INDEX ix_item_label;\nDROP TABLE item;");
        sql(dir, "c3", "b2", "ALTER TABLE account ADD COLUMN email VARCHAR(100);",
                "ALTER TABLE account DROP COLUMN email;");
        return dir;
    }

    /**
     * Compiles three {@code @Revision} classes (a1, b2, c3 as in {@link #goodProject(Path)}, without the
     * index) into {@code out} with retort's annotation processor, which writes the revision index.
     */
    static Path compiledProject(Path out) {
        List<String> sources = List.of(
                java("A1", "a1", "", "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)",
                        "DROP TABLE account"),
                java("B2", "b2", "a1", "CREATE TABLE item (id INTEGER PRIMARY KEY)", "DROP TABLE item"),
                java("C3", "c3", "b2", "ALTER TABLE account ADD COLUMN email VARCHAR(100)",
                        "ALTER TABLE account DROP COLUMN email"));
        try {
            Path src = out.resolveSibling(out.getFileName() + "-src/com/example/db");
            Files.createDirectories(src);
            Files.createDirectories(out);
            List<Path> files = new ArrayList<>();
            for (String source : sources) {
                String name = source.substring(source.indexOf("class ") + 6, source.indexOf(" implements"));
                files.add(write(src.resolve(name + ".java"), source));
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
                List<String> options = List.of("-d", out.toString(), "-classpath", retortCore());
                boolean ok = javac.getTask(new StringWriter(), fm, diagnostics, options, null,
                        fm.getJavaFileObjectsFromPaths(files)).call();
                if (!ok) {
                    throw new IllegalStateException(diagnostics.getDiagnostics().toString());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String java(String name, String id, String down, String upgrade, String downgrade) {
        return "package com.example.db;\n"
                + "import dev.retort.migration.*;\n"
                + "@Revision(id = \"" + id + "\", down = \"" + down + "\")\n"
                + "public class " + name + " implements Migration {\n"
                + "    public void upgrade(Op op) { op.execute(\"" + upgrade + "\"); }\n"
                + "    public void downgrade(Op op) { op.execute(\"" + downgrade + "\"); }\n"
                + "}\n";
    }

    /** retort-core's classes, for compiling revisions against. */
    static String retortCore() {
        try {
            return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

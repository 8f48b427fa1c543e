package dev.retort.runtime.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes Java revision files for tests and the compile benchmark. */
final class JavaRevisions {
    private JavaRevisions() {
    }

    /** The source of a small revision {@code id} revising {@code down} ("" for a root), with a body of its own. */
    static String source(String id, String down, String upgradeBody, String downgradeBody) {
        return "/* revision " + id + "\n *\n * Revision ID: " + id + "\n */\n"
                + "import dev.retort.migration.*;\n"
                + "import static dev.retort.migration.Types.*;\n\n"
                + "@Revision(id = \"" + id + "\", down = \"" + down + "\")\n"
                + "class Rev_" + id + " implements Migration {\n"
                + "    public void upgrade(Op op) {\n"
                + "        " + upgradeBody + "\n"
                + "    }\n\n"
                + "    public void downgrade(Op op) {\n"
                + "        " + downgradeBody + "\n"
                + "    }\n"
                + "}\n";
    }

    /** Writes {@code <dir>/<id>_rev.java} and returns it. */
    static Path write(Path dir, String id, String content) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(id + "_rev.java");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A linear chain of {@code count} revisions, each adding one table; returns the files in order. */
    static List<Path> chain(Path dir, int count) {
        List<Path> files = new ArrayList<>();
        String down = "";
        for (int i = 0; i < count; i++) {
            String id = String.format("r%05d", i);
            files.add(write(dir, id, source(id, down,
                    "op.createTable(\"t" + i + "\", column(\"id\", integer()).primaryKey(), column(\"name\", varchar(40)));",
                    "op.dropTable(\"t" + i + "\");")));
            down = id;
        }
        return files;
    }
}

package dev.retort.script;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header cache on disk: one binary file holding, for each revision file, its path, its
 * {@link FileStamp} and its parsed header. Read whole, written whole (to a
 * temporary file, then moved over the old one). Knows the format, not when to trust an entry.
 */
final class HeaderCacheFile {
    /** "RTHC" and a version: a cache written by another version is ignored and rewritten. */
    private static final int MAGIC = 0x52544843;
    private static final int VERSION = 2;

    /**
     * A cached header: the file's path as listed, its stamp, and the header's fields (made a
     * {@link RevisionScript} only on a hit, with the listed path: no path to parse).
     */
    record Entry(String path, FileStamp stamp, String id, List<String> downRevisions, List<String> branchLabels,
                 List<String> dependsOn, String longDoc, int headerLine, ScriptFormat format,
                 boolean transactional, boolean irreversible) {
        static Entry of(Path file, FileStamp stamp, RevisionScript script) {
            return new Entry(file.toString(), stamp, script.id(), script.downRevisions(), script.branchLabels(),
                    script.dependsOn(), script.longDoc(), script.headerLine(), script.format(),
                    script.transactional(), script.irreversible());
        }

        RevisionScript script(Path file) {
            return new RevisionScript(id, downRevisions, branchLabels, dependsOn, longDoc, file, headerLine, format,
                    transactional, irreversible);
        }
    }

    private HeaderCacheFile() {
    }

    /**
     * The entries by path.
     *
     * @throws IOException when the file is missing, unreadable, of another version or corrupt
     */
    static Map<String, Entry> read(Path file) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
        try {
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                throw new IOException("not a header cache of this version: " + file);
            }
            int count = in.getInt();
            Map<String, Entry> entries = new HashMap<>(Math.max(16, Math.min(count, in.remaining()) * 2));
            for (int i = 0; i < count; i++) {
                String path = readString(in);
                entries.put(path, new Entry(path, new FileStamp(in.getLong(), in.getLong()), readString(in),
                        readStrings(in), readStrings(in), readStrings(in), readString(in), in.getInt(),
                        in.get() == 1 ? ScriptFormat.SQL : ScriptFormat.JAVA, in.get() == 1,
                        in.get() == 1));
            }
            if (in.hasRemaining()) {
                throw new IOException("trailing bytes in header cache " + file);
            }
            return entries;
        } catch (BufferUnderflowException e) {
            throw new IOException("header cache " + file + " ends early", e);
        }
    }

    /** Writes the entries, replacing the file; creates its directory. */
    static void write(Path file, List<Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * entries.size() + 16);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(entries.size());
        for (Entry entry : entries) {
            writeString(out, entry.path());
            out.writeLong(entry.stamp().size());
            out.writeLong(entry.stamp().mtimeNanos());
            writeString(out, entry.id());
            writeStrings(out, entry.downRevisions());
            writeStrings(out, entry.branchLabels());
            writeStrings(out, entry.dependsOn());
            writeString(out, entry.longDoc());
            out.writeInt(entry.headerLine());
            out.writeBoolean(entry.format() == ScriptFormat.SQL);
            out.writeBoolean(entry.transactional());
            out.writeBoolean(entry.irreversible());
        }
        out.flush();
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, bytes.toByteArray());
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String readString(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IOException("corrupt header cache: string of " + length + " bytes");
        }
        String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    /** An immutable list, so that {@link RevisionScript}'s {@code List.copyOf} does not copy it. */
    private static List<String> readStrings(ByteBuffer in) throws IOException {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new IOException("corrupt header cache: list of " + count + " strings");
        }
        if (count == 0) {
            return List.of();
        }
        String[] values = new String[count];
        for (int i = 0; i < count; i++) {
            values[i] = readString(in);
        }
        return List.of(values);
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }
}

package dev.retort.runtime.load;

import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The format of {@value #RESOURCE}, the index of an application's {@code @Revision} classes that
 * {@link RevisionIndexProcessor} writes: a comment line, then one line per class, its fields
 * separated by tabs: class name, id, down ids, branch labels, depends-on (lists comma-separated,
 * empty for none), {@code true}/{@code false} for transactional, checksum.
 */
public final class RevisionIndex {
    /** Where the index is, in a jar or a classes directory. */
    public static final String RESOURCE = "META-INF/retort/revisions.idx";

    private static final String HEADER =
            "# retort revision index 1: class, id, down, branchLabels, dependsOn, transactional, checksum";
    private static final int FIELDS = 7;

    private RevisionIndex() {
    }

    /** The index text of {@code revisions}, one line each in the given order. */
    public static String format(List<IndexedRevision> revisions) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (IndexedRevision r : revisions) {
            out.append(r.className()).append('\t').append(r.id()).append('\t')
                    .append(String.join(",", r.down())).append('\t')
                    .append(String.join(",", r.branchLabels())).append('\t')
                    .append(String.join(",", r.dependsOn())).append('\t')
                    .append(r.transactional()).append('\t')
                    .append(r.checksum()).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads index text.
     *
     * @param source where the text comes from, for messages
     * @throws RetortException naming the source and line of a malformed line
     */
    public static List<IndexedRevision> parse(String text, String source) {
        List<IndexedRevision> revisions = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != FIELDS || f[0].isEmpty() || f[1].isEmpty()
                    || !(f[5].equals("true") || f[5].equals("false"))) {
                throw new RetortException(source + ":" + (i + 1) + ": not a revision index line; expected "
                        + FIELDS + " tab-separated fields: class, id, down, branchLabels, dependsOn, transactional,"
                        + " checksum");
            }
            revisions.add(new IndexedRevision(f[0], f[1], list(f[2]), list(f[3]), list(f[4]),
                    Boolean.parseBoolean(f[5]), f[6]));
        }
        return revisions;
    }

    /** Whether a list item can be written in the index (no tab, comma or line break). */
    static boolean writable(String item) {
        return !item.isEmpty() && item.chars().noneMatch(c -> c == '\t' || c == ',' || c == '\n' || c == '\r');
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split(","));
    }
}

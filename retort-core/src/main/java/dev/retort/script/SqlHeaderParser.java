package dev.retort.script;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the header of an SQL revision file: an optional leading plain {@code --} comment block
 * (the doc), then {@code -- retort: key=value ...} lines up to the required
 * {@code -- retort: upgrade} line, where reading stops. Several keys may share a line, separated
 * by spaces, except {@code message=}, which takes the rest of its line.
 */
final class SqlHeaderParser {
    private static final String KEYS = "revision, down, message, branch_labels, depends_on, transactional";

    private final HeaderBytes b;
    private final Path path;

    private String id;
    private int headerLine;
    private List<String> down;
    private String message;
    private List<String> labels = List.of();
    private List<String> deps = List.of();
    private boolean transactional = true;
    private final Set<String> seen = new HashSet<>();

    SqlHeaderParser(HeaderBytes bytes, Path path) {
        this.b = bytes;
        this.path = path;
    }

    RevisionScript parse() {
        int pos = b.skipBom();
        int line = 0;
        StringBuilder doc = new StringBuilder();
        boolean docOpen = true;
        while (b.at(pos) != -1) {
            line++;
            int end = b.indexOf('\n', pos);
            if (end < 0) {
                end = pos;
                while (b.at(end) != -1) {
                    end++;
                }
            }
            int next = end + 1;
            if (end > pos && b.at(end - 1) == '\r') {
                end--;
            }
            String text = b.text(pos, end).stripLeading();
            pos = next;
            if (text.isBlank()) {
                docOpen = false;
            } else if (!text.startsWith("--")) {
                throw error(line, "SQL before the '-- retort: upgrade' line");
            } else {
                String comment = text.substring(2).stripLeading();
                if (comment.startsWith("retort:")) {
                    docOpen = false;
                    if (directive(comment.substring("retort:".length()), line)) {
                        return script(doc.toString().strip());
                    }
                } else if (docOpen) {
                    String docLine = text.substring(2);
                    doc.append(docLine.startsWith(" ") ? docLine.substring(1) : docLine).append('\n');
                }
            }
        }
        throw error(headerLine > 0 ? headerLine : Math.max(line, 1),
                "missing the '-- retort: upgrade' line that starts the upgrade section");
    }

    private RevisionScript script(String leadingDoc) {
        int at = headerLine > 0 ? headerLine : 1;
        if (id == null) {
            throw error(at, "header has no revision= key");
        }
        if (down == null) {
            throw error(at, "header has no down= key (use an empty down= for a root revision)");
        }
        String longDoc = leadingDoc.isEmpty() ? (message == null ? "" : message) : leadingDoc;
        return new RevisionScript(id, down, labels, deps, longDoc, path, headerLine,
                ScriptFormat.SQL, transactional, false);
    }

    /** Reads the items of one {@code retort:} line; true when it holds {@code upgrade}. */
    private boolean directive(String items, int line) {
        int i = 0;
        boolean upgrade = false;
        while (true) {
            while (i < items.length() && Character.isWhitespace(items.charAt(i))) {
                i++;
            }
            if (i == items.length()) {
                return upgrade;
            }
            if (items.startsWith("message=", i)) {
                once("message", line);
                message = items.substring(i + "message=".length()).strip();
                return upgrade;
            }
            int end = i;
            while (end < items.length() && !Character.isWhitespace(items.charAt(end))) {
                end++;
            }
            String item = items.substring(i, end);
            i = end;
            if (item.equals("upgrade")) {
                upgrade = true;
            } else if (item.equals("downgrade")) {
                throw error(line, "'-- retort: downgrade' before '-- retort: upgrade'");
            } else {
                keyValue(item, line);
            }
        }
    }

    private void keyValue(String item, int line) {
        int eq = item.indexOf('=');
        if (eq <= 0) {
            throw error(line, "unparseable header item '" + item + "'; expected key=value, upgrade or downgrade");
        }
        String key = item.substring(0, eq);
        String value = item.substring(eq + 1);
        switch (key) {
            case "revision" -> {
                once(key, line);
                headerLine = line;
                id = HeaderErrors.checkId(path, line, value);
            }
            case "down" -> {
                once(key, line);
                down = list(key, value, line);
                down.forEach(d -> HeaderErrors.checkId(path, line, d));
            }
            case "branch_labels" -> {
                once(key, line);
                labels = list(key, value, line);
            }
            case "depends_on" -> {
                once(key, line);
                deps = list(key, value, line);
            }
            case "transactional" -> {
                once(key, line);
                if (!value.equals("true") && !value.equals("false")) {
                    throw error(line, "transactional must be true or false, not '" + value + "'");
                }
                transactional = Boolean.parseBoolean(value);
            }
            default -> throw error(line, "unknown header key '" + key + "'; known: " + KEYS);
        }
    }

    private List<String> list(String key, String value, int line) {
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>(Arrays.asList(value.split(",", -1)));
        if (items.stream().anyMatch(String::isEmpty)) {
            throw error(line, "empty item in " + key + "=" + value);
        }
        return items;
    }

    private void once(String key, int line) {
        if (!seen.add(key)) {
            throw error(line, "header key '" + key + "' given twice");
        }
    }

    private RetortException error(int line, String message) {
        return HeaderErrors.at(path, line, message);
    }
}

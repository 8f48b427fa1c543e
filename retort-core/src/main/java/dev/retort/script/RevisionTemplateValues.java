package dev.retort.script;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The placeholder values of a revision template, rendered for Java or SQL:
 * {@code message, up_revision, down_revision, branch_labels, depends_on, revises, create_date,
 * class_name, package_line, imports, upgrades, downgrades}.
 *
 * <p>Java lists are annotation values: {@code ""} for no down revision, {@code {}} for no labels
 * or dependencies, {@code "a"} for one, {@code {"a", "b"}} for several. SQL lists are
 * comma-separated without spaces, empty for none.
 */
final class RevisionTemplateValues {
    /** As Python's {@code str(datetime)} with a timezone: {@code 2026-11-23 13:40:00.123456+00:00}. */
    static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

    private RevisionTemplateValues() {
    }

    static Map<String, String> of(NewRevision rev, ScriptFormat format, String slug) {
        boolean java = format == ScriptFormat.JAVA;
        String message = rev.message().isEmpty() ? "empty message" : rev.message();
        Map<String, String> values = new HashMap<>();
        values.put("message", java ? javaComment(message) : message.replaceAll("\\s*\\R\\s*", " "));
        values.put("up_revision", rev.id());
        values.put("down_revision", java ? javaStrings(rev.downRevisions(), "\"\"") : sqlList(rev.downRevisions()));
        values.put("branch_labels", java ? javaStrings(rev.branchLabels(), "{}") : sqlList(rev.branchLabels()));
        values.put("depends_on", java ? javaStrings(rev.dependsOn(), "{}") : sqlList(rev.dependsOn()));
        values.put("revises", String.join(", ", rev.downRevisions()));
        values.put("create_date", CREATE_DATE.format(rev.createDate()));
        values.put("class_name", RevisionNames.className(slug, rev.id()));
        values.put("package_line", rev.javaPackage() == null || rev.javaPackage().isEmpty()
                ? "" : "package " + rev.javaPackage() + ";");
        values.put("imports", rev.imports());
        values.put("upgrades", body(rev.upgrades(), java, "upgrade"));
        values.put("downgrades", body(rev.downgrades(), java, "downgrade"));
        return values;
    }

    private static String body(String body, boolean java, String direction) {
        if (!body.isEmpty()) {
            return body;
        }
        return java ? "// write the " + direction + " here, e.g. op." + ("upgrade".equals(direction)
                ? "addColumn(\"account\", column(\"email\", varchar(255)).nullable());"
                : "dropColumn(\"account\", \"email\");")
                : "-- write the " + direction + " SQL here";
    }

    /** Text safe inside a block comment: no end marker, no unicode escapes, lines starred. */
    private static String javaComment(String text) {
        return text.replace("*/", "*\\/").replace("\\u", "\\\\u").replaceAll("\\R", "\n * ");
    }

    private static String javaStrings(List<String> items, String none) {
        if (items.isEmpty()) {
            return none;
        }
        if (items.size() == 1) {
            return javaString(items.get(0));
        }
        StringBuilder out = new StringBuilder("{");
        for (String item : items) {
            out.append(out.length() > 1 ? ", " : "").append(javaString(item));
        }
        return out.append('}').toString();
    }

    private static String javaString(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String sqlList(List<String> items) {
        return String.join(",", items);
    }
}

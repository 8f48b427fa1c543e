package dev.retort.script;

import java.util.Map;

/**
 * Fills {@code ${name}} placeholders of a template. Only names in the given map are replaced;
 * any other {@code ${...}} (such as retort.toml's {@code ${DATABASE_URL:-...}}) is left as it is.
 * A line holding nothing but one placeholder whose value is empty disappears; the lines of a
 * multi-line value after the first get the indentation of the placeholder's line.
 */
final class TemplateRenderer {
    private TemplateRenderer() {
    }

    /** The template with the placeholders named in {@code values} replaced. */
    static String render(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 256);
        int start = 0;
        while (start < template.length()) {
            int nl = template.indexOf('\n', start);
            int end = nl < 0 ? template.length() : nl + 1;
            renderLine(template.substring(start, end), values, out);
            start = end;
        }
        return out.toString();
    }

    private static void appendIndented(String value, String indent, StringBuilder out) {
        int from = 0;
        while (true) {
            int nl = value.indexOf('\n', from);
            if (nl < 0) {
                if (from > 0 && from < value.length()) {
                    out.append(indent);
                }
                out.append(value, from, value.length());
                return;
            }
            if (from > 0 && nl > from) {
                out.append(indent);
            }
            out.append(value, from, nl + 1);
            from = nl + 1;
        }
    }

    private static void renderLine(String line, Map<String, String> values, StringBuilder out) {
        String content = line.strip();
        if (content.startsWith("${") && content.endsWith("}") && content.indexOf('}') == content.length() - 1) {
            String value = values.get(content.substring(2, content.length() - 1));
            if (value != null && value.isEmpty()) {
                return;
            }
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        int i = 0;
        while (true) {
            int open = line.indexOf("${", i);
            int close = open < 0 ? -1 : line.indexOf('}', open);
            if (close < 0) {
                out.append(line, i, line.length());
                return;
            }
            String value = values.get(line.substring(open + 2, close));
            out.append(line, i, open);
            if (value == null) {
                out.append(line, open, close + 1);
            } else {
                appendIndented(value, indent, out);
            }
            i = close + 1;
        }
    }
}

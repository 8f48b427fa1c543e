package dev.retort.config;

import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Expands {@code ${name}} and {@code ${name:-default}} in config strings. A name is looked up in
 * the {@code -x} arguments first, then in the environment; {@code ${here}} is always the config
 * file's directory. {@code ${name:-default}} takes the default when the name is undefined or
 * empty (as in a shell); the default may be empty, may hold {@code :} and {@code /}
 * ({@code ${DATABASE_URL:-sqlite:///app.db}}) and may itself hold {@code ${...}}. {@code $$} is a
 * literal {@code $}; a {@code $} followed by anything but {@code {} or {@code $} is kept as is.
 * Values substituted are not expanded again. Immutable.
 */
public final class Interpolator {
    /** The name that always means the config file's directory. */
    public static final String HERE = "here";

    private final Map<String, String> xArguments;
    private final Map<String, String> environment;
    private final String here;

    public Interpolator(Map<String, String> xArguments, Map<String, String> environment, Path here) {
        this.xArguments = Map.copyOf(xArguments);
        this.environment = Map.copyOf(environment);
        this.here = Objects.requireNonNull(here).toString();
    }

    /**
     * Expands {@code text}.
     *
     * @param text  the string as written in the config
     * @param where what it is, for error messages, e.g. {@code key 'url' in [retort] of /p/retort.toml}
     * @throws RetortException on an undefined name or a malformed {@code ${...}}
     */
    public String interpolate(String text, String where) {
        return new Expansion(text, where).until(false, true);
    }

    /** The value of a name, or null when undefined. */
    private String lookup(String name) {
        if (name.equals(HERE)) {
            return here;
        }
        String value = xArguments.get(name);
        return value != null ? value : environment.get(name);
    }

    /** One pass over one string; {@code position} moves forward. */
    private final class Expansion {
        private final String text;
        private final String where;
        private int position;

        Expansion(String text, String where) {
            this.text = text;
            this.where = where;
        }

        /**
         * Reads up to the end of text, or up to the closing brace of a default when
         * {@code inDefault}; returns the expansion, or "" when not {@code evaluating}.
         */
        String until(boolean inDefault, boolean evaluating) {
            StringBuilder out = new StringBuilder();
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c == '}' && inDefault) {
                    return out.toString();
                }
                if (c == '$' && position + 1 < text.length() && text.charAt(position + 1) == '$') {
                    out.append('$');
                    position += 2;
                } else if (c == '$' && position + 1 < text.length() && text.charAt(position + 1) == '{') {
                    position += 2;
                    out.append(reference(evaluating));
                } else {
                    out.append(c);
                    position++;
                }
            }
            if (inDefault) {
                throw unterminated();
            }
            return out.toString();
        }

        /** After {@code ${}: a name, then {@code }} or {@code :-default}}. */
        private String reference(boolean evaluating) {
            int start = position;
            while (position < text.length() && isNameChar(text.charAt(position))) {
                position++;
            }
            String name = text.substring(start, position);
            if (position >= text.length()) {
                throw unterminated();
            }
            if (name.isEmpty()) {
                throw malformed();
            }
            if (text.charAt(position) == '}') {
                position++;
                String value = evaluating ? lookup(name) : "";
                if (value == null) {
                    throw undefined(name);
                }
                return value;
            }
            if (text.startsWith(":-", position)) {
                position += 2;
                String value = evaluating ? lookup(name) : "";
                boolean useDefault = evaluating && (value == null || value.isEmpty());
                String fallback = until(true, useDefault);
                position++;
                return useDefault ? fallback : value;
            }
            throw malformed();
        }

        private boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
        }

        private RetortException undefined(String name) {
            return new ConfigException("Undefined variable '" + name + "' in " + where + "; set it with -x "
                    + name + "=... or the environment variable " + name + ", or give a default: ${" + name
                    + ":-value}");
        }

        private RetortException unterminated() {
            return new ConfigException("Unterminated '${' in " + where + "; close it with '}' or write a literal $ as $$");
        }

        private RetortException malformed() {
            return new ConfigException("Malformed '${' in " + where
                    + "; write ${name} or ${name:-default}, and a literal $ as $$");
        }
    }
}

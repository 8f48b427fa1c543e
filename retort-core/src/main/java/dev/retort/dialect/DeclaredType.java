package dev.retort.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A type as written in DDL, split into its name and arguments: {@code VARCHAR(255)},
 * {@code NUMERIC(12, 2)}, MySQL's {@code enum('a','b')}, {@code int(10) unsigned}.
 *
 * @param name      the name in upper case, modifiers after the arguments dropped
 * @param arguments the arguments between the parentheses (string literals unquoted)
 */
record DeclaredType(String name, List<String> arguments) {

    static DeclaredType parse(String declared) {
        String text = declared == null ? "" : declared.strip();
        int open = text.indexOf('(');
        if (open < 0) {
            return new DeclaredType(text.toUpperCase(Locale.ROOT), List.of());
        }
        List<SqlTokens.Token> tokens = SqlTokens.tokenize(text.substring(open));
        List<String> arguments = new ArrayList<>();
        for (List<SqlTokens.Token> part : SqlTokens.parts(tokens, 0)) {
            arguments.add(part.size() == 1 ? part.get(0).value() : "");
        }
        return new DeclaredType(text.substring(0, open).strip().toUpperCase(Locale.ROOT), arguments);
    }

    /** Argument {@code i} as a number, or null when there is none. */
    Integer number(int i) {
        return i < arguments.size() && arguments.get(i).matches("[0-9]+") ? Integer.valueOf(arguments.get(i)) : null;
    }
}

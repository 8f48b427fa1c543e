package dev.retort.dialect;

import dev.retort.dialect.SqlTokens.Kind;
import dev.retort.dialect.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Check conditions and index predicates as a catalog gives them, put back as retort writes them:
 * wrapping parentheses removed and identifiers quoted only where the dialect needs it
 * ({@code `qty` >= 0} and H2's {@code "QTY" >= 0} read {@code qty >= 0}).
 */
final class Conditions {
    private Conditions() {
    }

    /** {@code condition} with its identifiers re-quoted by {@code dialect}; {@code names} folds a stored name back. */
    static String canonical(String condition, Dialect dialect, UnaryOperator<String> names) {
        if (condition == null) {
            return null;
        }
        String text = condition.strip();
        for (String inner = ServerDefaults.unwrap(text); !inner.equals(text); inner = ServerDefaults.unwrap(text)) {
            text = inner;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Token t : SqlTokens.tokenize(text)) {
            if (t.kind() == Kind.QUOTED && (text.charAt(t.start()) == '"' || text.charAt(t.start()) == '`')) {
                out.append(text, last, t.start()).append(dialect.quote(names.apply(t.value())));
                last = t.end();
            }
        }
        return out.append(text.substring(last)).toString();
    }

    /** The enumeration of a check {@code column IN ('a', 'b')} on {@code column}, or null when it is something else. */
    static List<String> enumValues(String condition, String column, UnaryOperator<String> names) {
        List<Token> tokens = SqlTokens.tokenize(ServerDefaults.unwrap(condition.strip()));
        if (tokens.size() < 5 || !tokens.get(0).isName() || !names.apply(tokens.get(0).value()).equals(column)
                || !tokens.get(1).is("IN") || !tokens.get(2).isPunct('(') || !tokens.get(tokens.size() - 1).isPunct(')')) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 3; i < tokens.size() - 1; i++) {
            Token t = tokens.get(i);
            boolean expectValue = (i - 3) % 2 == 0;
            if (expectValue ? t.kind() != Kind.STRING : !t.isPunct(',')) {
                return null;
            }
            if (expectValue) {
                values.add(t.value());
            }
        }
        return values;
    }
}

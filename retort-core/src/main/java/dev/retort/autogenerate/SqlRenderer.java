package dev.retort.autogenerate;

import dev.retort.dialect.Dialect;
import dev.retort.migration.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a comparison as the body of a SQL revision: each operation as its dialect renders it
 * offline, every statement terminated, review notes as {@code --} comments above.
 */
public final class SqlRenderer {
    private SqlRenderer() {
    }

    public static RenderedBody render(Changes changes, Dialect dialect) {
        List<String> up = new ArrayList<>();
        for (String note : changes.notes()) {
            up.add("-- review: " + note);
        }
        for (int i = 0; i < changes.steps().size(); i++) {
            if (changes.redundantInUpgrade(i)) {
                continue;
            }
            Step step = changes.steps().get(i);
            for (String review : step.reviews()) {
                up.add("-- review: " + review);
            }
            up.addAll(statements(step.operation(), dialect));
        }
        List<String> down = new ArrayList<>();
        for (int i = changes.steps().size() - 1; i >= 0; i--) {
            if (changes.redundantInDowngrade(i)) {
                continue;
            }
            Operation op = changes.steps().get(i).operation();
            if (op.reverse().isPresent()) {
                down.addAll(statements(op.reverse().get(), dialect));
            } else {
                down.add("-- review: not undone: " + String.join("; ", DiffLines.describe(op)));
            }
        }
        if (changes.isEmpty()) {
            up.add("-- No changes: the database matches the model.");
        }
        if (down.isEmpty()) {
            down.add("-- No changes: the database matches the model.");
        }
        return new RenderedBody("", String.join("\n", up), String.join("\n", down));
    }

    private static List<String> statements(Operation op, Dialect dialect) {
        List<String> out = new ArrayList<>();
        for (String sql : dialect.render(op, null)) {
            out.add(sql + dialect.statementTerminator());
        }
        return out;
    }
}

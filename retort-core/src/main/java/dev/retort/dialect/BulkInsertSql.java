package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.migration.Operation.BulkInsert;
import dev.retort.schema.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * bulkInsert as one INSERT per row with literal values, as Alembic writes it offline; the columns
 * come in the order the operation lists them, and each value is written for its column's type.
 */
final class BulkInsertSql {
    private final SqlDialect dialect;

    BulkInsertSql(SqlDialect dialect) {
        this.dialect = dialect;
    }

    List<String> render(BulkInsert op) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : op.rows()) {
            for (String key : row.keySet()) {
                if (op.columns().stream().noneMatch(c -> c.name().equals(key))) {
                    throw new RetortException("bulkInsert into " + op.table() + ": a row has column " + key
                            + ", which is not among the columns given; add it to the column list");
                }
            }
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (Column c : op.columns()) {
                if (row.containsKey(c.name())) {
                    names.add(dialect.quote(c.name()));
                    values.add(dialect.literal(row.get(c.name()), c.type()));
                }
            }
            out.add("INSERT INTO " + dialect.qualify(op.schema(), op.table()) + " (" + String.join(", ", names)
                    + ") VALUES (" + String.join(", ", values) + ")");
        }
        return out;
    }
}

package dev.retort.dialect;

import dev.retort.schema.Column;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The differences between two models, one line each, column by column: what a failed equality assertion shows. */
final class ModelDiff {
    private ModelDiff() {
    }

    static List<String> between(SchemaModel expected, SchemaModel actual) {
        List<String> out = new ArrayList<>();
        List<String> expectedNames = expected.tables().stream().map(Table::name).toList();
        List<String> actualNames = actual.tables().stream().map(Table::name).toList();
        if (!expectedNames.equals(actualNames)) {
            out.add("tables: expected " + expectedNames + " but was " + actualNames);
        }
        for (Table e : expected.tables()) {
            Table a = actual.table(e.schema(), e.name());
            if (a != null) {
                table(e, a, out);
            }
        }
        same("enums", expected.enums(), actual.enums(), out);
        same("sequences", expected.sequences(), actual.sequences(), out);
        return out;
    }

    private static void table(Table e, Table a, List<String> out) {
        String t = e.name();
        same(t + " columns", e.columns().stream().map(Column::name).toList(),
                a.columns().stream().map(Column::name).toList(), out);
        for (Column c : e.columns()) {
            Column ac = a.column(c.name());
            if (ac != null) {
                same(t + "." + c.name(), c, ac, out);
            }
        }
        same(t + " primary key", e.primaryKey(), a.primaryKey(), out);
        same(t + " uniques", e.uniques(), a.uniques(), out);
        same(t + " foreign keys", e.foreignKeys(), a.foreignKeys(), out);
        same(t + " indexes", e.indexes(), a.indexes(), out);
        same(t + " checks", e.checks(), a.checks(), out);
        same(t + " comment", e.comment(), a.comment(), out);
        same(t + " schema", e.schema(), a.schema(), out);
    }

    private static void same(String what, Object expected, Object actual, List<String> out) {
        if (!Objects.equals(expected, actual)) {
            out.add(what + ":\n    expected " + expected + "\n    but was  " + actual);
        }
    }
}

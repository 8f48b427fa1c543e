package dev.retort.dialect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One row of a catalog query, read by column label in any case; SQL arrays become lists. */
record CatalogRow(Map<String, Object> values) {

    /** Runs {@code sql} with {@code parameters} and reads every row. */
    static List<CatalogRow> query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            List<CatalogRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> values = new HashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        if (value instanceof Array array) {
                            value = Arrays.asList((Object[]) array.getArray());
                        }
                        values.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
                    }
                    rows.add(new CatalogRow(values));
                }
            }
            return rows;
        }
    }

    String string(String label) {
        Object value = get(label);
        return value == null ? null : value.toString();
    }

    /** A number, or null. */
    Long number(String label) {
        Object value = get(label);
        if (value == null) {
            return null;
        }
        return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().trim());
    }

    Integer integer(String label) {
        Long value = number(label);
        return value == null ? null : value.intValue();
    }

    /** A boolean from a boolean, a number or YES/NO text. */
    boolean bool(String label) {
        Object value = get(label);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.longValue() != 0;
        }
        return value != null && List.of("YES", "TRUE", "T", "1").contains(value.toString().toUpperCase(Locale.ROOT));
    }

    /** A list of strings (a SQL array, or text split on commas). */
    List<String> strings(String label) {
        Object value = get(label);
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(v == null ? null : v.toString()));
        } else {
            out.addAll(Arrays.asList(value.toString().split(",")));
        }
        return out;
    }

    private Object get(String label) {
        String key = label.toLowerCase(Locale.ROOT);
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("no column " + label + " in " + values.keySet());
        }
        return values.get(key);
    }
}

package dev.retort.cli.e2e;

import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What a test database holds, read with plain JDBC (never through retort). */
final class Catalog {
    private Catalog() {
    }

    /** The tables of the database's default schema, lower case, sorted. */
    static Set<String> tables(TestDatabase db) {
        return tables(db, null);
    }

    /**
     * The tables of a schema (the default one when null: public, PUBLIC, the database itself on
     * MariaDB), lower case, sorted.
     */
    static Set<String> tables(TestDatabase db, String schema) {
        String sql;
        String param;
        switch (db.kind()) {
            case SQLITE -> {
                sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND ? IS NOT NULL";
                param = "x";
            }
            case POSTGRESQL -> {
                sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = ?";
                param = schema == null ? "public" : schema;
            }
            case H2 -> {
                sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = ?";
                param = schema == null ? "PUBLIC" : schema.toUpperCase(Locale.ROOT);
            }
            case MARIADB -> {
                sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = ?";
                param = schema == null ? db.name() : schema;
            }
            default -> throw new IllegalArgumentException(db.kind().toString());
        }
        Set<String> names = new TreeSet<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    /** The rows of a version table ({@code schema.table} or {@code table}), sorted. */
    static Set<String> versionRows(TestDatabase db, String table) {
        return new TreeSet<>(column(db, "SELECT version_num FROM " + table));
    }

    /** The first column of every row of a query. */
    static List<String> column(TestDatabase db, String query) {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
        return values;
    }

    /** Runs statements with plain JDBC. */
    static void execute(TestDatabase db, String... statements) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

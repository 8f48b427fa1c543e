package dev.retort.runtime;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.script.VersionRows.RowChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The version table (Alembic's layout: one {@code version_num} row per current head) and the
 * log table beside it: reading, creating, and changing rows, online through JDBC or offline as
 * SQL text.
 */
public final class VersionTable {
    private final Dialect dialect;
    private final String schema;
    private final String table;

    public VersionTable(Dialect dialect, String schema, String table) {
        this.dialect = dialect;
        this.schema = schema;
        this.table = table;
    }

    public String name() {
        return dialect.qualify(schema, table);
    }

    /** The log table's name: {@code <version_table>_log}. */
    public String logTable() {
        return table + "_log";
    }

    String schema() {
        return schema;
    }

    Dialect dialect() {
        return dialect;
    }

    /** Whether the table exists; asked outside any transaction. */
    public boolean exists(Connection connection) {
        return tableExists(connection, name());
    }

    boolean logExists(Connection connection) {
        return tableExists(connection, dialect.qualify(schema, logTable()));
    }

    private static boolean tableExists(Connection connection, String qualified) {
        try (Statement s = connection.createStatement()) {
            s.executeQuery("SELECT 1 FROM " + qualified + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The rows, in the order the database returns them; empty when the table does not exist. */
    public List<String> rows(Connection connection) {
        if (!exists(connection)) {
            return List.of();
        }
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT version_num FROM " + name())) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new RetortException("Can't read the version table " + name() + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** Creates the version and log tables where missing. */
    public void create(Connection connection) {
        List<String> statements = new ArrayList<>();
        if (!exists(connection)) {
            statements.addAll(dialect.createVersionTable(schema, table));
        }
        if (!logExists(connection)) {
            statements.addAll(dialect.createLogTable(schema, logTable()));
        }
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new RetortException("Can't create the version table " + name() + ": " + e.getMessage(), e);
        }
    }

    /** The statements that create both tables, for offline SQL. */
    public List<String> createStatements() {
        List<String> statements = new ArrayList<>(dialect.createVersionTable(schema, table));
        statements.addAll(dialect.createLogTable(schema, logTable()));
        return statements;
    }

    /** Applies row changes online. */
    public void apply(Connection connection, List<RowChange> changes) throws SQLException {
        for (RowChange change : changes) {
            if (change.isInsert()) {
                try (PreparedStatement ps = connection.prepareStatement(
                        "INSERT INTO " + name() + " (version_num) VALUES (?)")) {
                    ps.setString(1, change.to());
                    ps.executeUpdate();
                }
            } else if (change.isDelete()) {
                expectOne(connection, "DELETE FROM " + name() + " WHERE version_num = ?", change.from(), null, change);
            } else {
                expectOne(connection, "UPDATE " + name() + " SET version_num = ? WHERE version_num = ?", change.to(),
                        change.from(), change);
            }
        }
    }

    private void expectOne(Connection connection, String sql, String first, String second, RowChange change)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, first);
            if (second != null) {
                ps.setString(2, second);
            }
            int n = ps.executeUpdate();
            if (n != 1) {
                throw new RetortException("Expected to change one row of " + name() + " for " + change + ", changed "
                        + n + "; the version table was changed by something else");
            }
        }
    }

    /** A row change as SQL text with literal ids (offline), as Alembic writes it. */
    public String sql(RowChange change) {
        if (change.isInsert()) {
            return "INSERT INTO " + name() + " (version_num) VALUES ('" + change.to() + "')";
        } else if (change.isDelete()) {
            return "DELETE FROM " + name() + " WHERE " + name() + ".version_num = '" + change.from() + "'";
        }
        return "UPDATE " + name() + " SET version_num='" + change.to() + "' WHERE " + name() + ".version_num = '"
                + change.from() + "'";
    }

    /** DROP TABLE for the version table (offline downgrade to base, as Alembic does). */
    public String dropStatement() {
        return "DROP TABLE " + name();
    }
}

package dev.retort.dialect;

/**
 * The T-SQL blocks SQL Server needs where other databases have one statement: dropping a
 * column's system-named default constraint, and setting or dropping comments as
 * {@code MS_Description} extended properties. Each block is one batch.
 */
final class SqlServerScripts {
    /** The schema extended properties name when the operation gives none: SQL Server's default. */
    static final String DEFAULT_SCHEMA = "dbo";

    private final SqlServerDialect dialect;

    SqlServerScripts(SqlServerDialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Drops the default constraint of a column, if it has one (EXEC of a NULL string does
     * nothing), as Alembic does before changing a default or dropping a column.
     */
    String dropDefaultConstraint(String schema, String table, String column) {
        String qualified = dialect.qualify(schema, table);
        return "DECLARE @const_name NVARCHAR(256)\n"
                + "SELECT @const_name = QUOTENAME([name]) FROM sys.default_constraints\n"
                + "WHERE parent_object_id = OBJECT_ID(" + text(qualified) + ")\n"
                + "AND COL_NAME(parent_object_id, parent_column_id) = " + text(column) + "\n"
                + "EXEC(" + text("ALTER TABLE " + qualified + " DROP CONSTRAINT ") + " + @const_name)";
    }

    /** Sets (updating or adding) or, with a null comment, drops the description of a table or column. */
    String comment(String schema, String table, String column, String comment) {
        String schemaName = schema == null ? DEFAULT_SCHEMA : schema;
        String objectId = "OBJECT_ID(" + text(dialect.qualify(schemaName, table)) + ")";
        String minorId = column == null ? "0" : "COLUMNPROPERTY(" + objectId + ", " + text(column) + ", 'ColumnId')";
        String target = ", @level0type = N'SCHEMA', @level0name = " + text(schemaName)
                + ", @level1type = N'TABLE', @level1name = " + text(table)
                + (column == null ? "" : ", @level2type = N'COLUMN', @level2name = " + text(column));
        String exists = "IF EXISTS (SELECT 1 FROM sys.extended_properties WHERE major_id = " + objectId
                + " AND minor_id = " + minorId + " AND name = N'MS_Description')\n";
        if (comment == null) {
            return exists + "EXEC sp_dropextendedproperty @name = N'MS_Description'" + target;
        }
        String value = "@name = N'MS_Description', @value = " + text(comment) + target;
        return exists + "EXEC sp_updateextendedproperty " + value + "\nELSE\nEXEC sp_addextendedproperty " + value;
    }

    /** A Unicode string literal. */
    String text(String value) {
        return "N" + dialect.stringLiteral(value);
    }
}

ALTER TABLE account ALTER COLUMN name VARCHAR(150) NOT NULL;
GO

DECLARE @const_name NVARCHAR(256)
SELECT @const_name = QUOTENAME([name]) FROM sys.default_constraints
WHERE parent_object_id = OBJECT_ID(N'account')
AND COL_NAME(parent_object_id, parent_column_id) = N'name'
EXEC(N'ALTER TABLE account DROP CONSTRAINT ' + @const_name);
GO

ALTER TABLE account ADD DEFAULT '' FOR name;
GO

IF EXISTS (SELECT 1 FROM sys.extended_properties WHERE major_id = OBJECT_ID(N'dbo.account') AND minor_id = COLUMNPROPERTY(OBJECT_ID(N'dbo.account'), N'name', 'ColumnId') AND name = N'MS_Description')
EXEC sp_updateextendedproperty @name = N'MS_Description', @value = N'Legal name', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'account', @level2type = N'COLUMN', @level2name = N'name'
ELSE
EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'Legal name', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'account', @level2type = N'COLUMN', @level2name = N'name';
GO

EXEC sp_rename N'account.name', N'full_name', 'COLUMN';
GO

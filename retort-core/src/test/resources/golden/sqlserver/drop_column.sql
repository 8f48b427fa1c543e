DECLARE @const_name NVARCHAR(256)
SELECT @const_name = QUOTENAME([name]) FROM sys.default_constraints
WHERE parent_object_id = OBJECT_ID(N'account')
AND COL_NAME(parent_object_id, parent_column_id) = N'created_at'
EXEC(N'ALTER TABLE account DROP CONSTRAINT ' + @const_name);
GO

ALTER TABLE account DROP COLUMN created_at;
GO

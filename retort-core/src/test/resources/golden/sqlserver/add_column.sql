ALTER TABLE account ADD status VARCHAR(20) NOT NULL DEFAULT 'new';
GO

IF EXISTS (SELECT 1 FROM sys.extended_properties WHERE major_id = OBJECT_ID(N'dbo.account') AND minor_id = COLUMNPROPERTY(OBJECT_ID(N'dbo.account'), N'status', 'ColumnId') AND name = N'MS_Description')
EXEC sp_updateextendedproperty @name = N'MS_Description', @value = N'Lifecycle state', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'account', @level2type = N'COLUMN', @level2name = N'status'
ELSE
EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'Lifecycle state', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'account', @level2type = N'COLUMN', @level2name = N'status';
GO

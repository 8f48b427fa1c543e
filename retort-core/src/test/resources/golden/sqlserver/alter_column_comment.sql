IF EXISTS (SELECT 1 FROM sys.extended_properties WHERE major_id = OBJECT_ID(N'dbo.account') AND minor_id = COLUMNPROPERTY(OBJECT_ID(N'dbo.account'), N'email', 'ColumnId') AND name = N'MS_Description')
EXEC sp_updateextendedproperty @name = N'MS_Description', @value = N'Login; unique', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'account', @level2type = N'COLUMN', @level2name = N'email'
ELSE
EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'Login; unique', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'account', @level2type = N'COLUMN', @level2name = N'email';
GO

EXEC sp_rename N'account.name', N'display_name', 'COLUMN';
GO

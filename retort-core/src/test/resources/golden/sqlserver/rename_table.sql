EXEC sp_rename N'account', N'customer';
GO

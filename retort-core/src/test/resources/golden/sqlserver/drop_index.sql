DROP INDEX ix_account_name ON account;
GO

ALTER TABLE account ADD nickname VARCHAR(40) NULL;
GO

CREATE INDEX ix_account_nickname ON account (nickname);
GO

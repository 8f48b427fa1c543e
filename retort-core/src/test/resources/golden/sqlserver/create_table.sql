CREATE TABLE account (
	id BIGINT NOT NULL IDENTITY(1,1), 
	email VARCHAR(255) NOT NULL, 
	name VARCHAR(100) NULL, 
	balance NUMERIC(12, 2) NOT NULL DEFAULT 0, 
	created_at DATETIMEOFFSET NULL, 
	PRIMARY KEY (id), 
	UNIQUE (email), 
	CONSTRAINT ck_account_balance CHECK (balance >= 0)
);
GO

IF EXISTS (SELECT 1 FROM sys.extended_properties WHERE major_id = OBJECT_ID(N'dbo.account') AND minor_id = COLUMNPROPERTY(OBJECT_ID(N'dbo.account'), N'name', 'ColumnId') AND name = N'MS_Description')
EXEC sp_updateextendedproperty @name = N'MS_Description', @value = N'Display name, as the user typed it', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'account', @level2type = N'COLUMN', @level2name = N'name'
ELSE
EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'Display name, as the user typed it', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'account', @level2type = N'COLUMN', @level2name = N'name';
GO

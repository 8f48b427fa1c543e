CREATE TABLE sales.invoice (
	id INTEGER NOT NULL, 
	account_id BIGINT NULL, 
	PRIMARY KEY (id)
);
GO

IF EXISTS (SELECT 1 FROM sys.extended_properties WHERE major_id = OBJECT_ID(N'sales.invoice') AND minor_id = COLUMNPROPERTY(OBJECT_ID(N'sales.invoice'), N'account_id', 'ColumnId') AND name = N'MS_Description')
EXEC sp_updateextendedproperty @name = N'MS_Description', @value = N'Who pays', @level0type = N'SCHEMA', @level0name = N'sales', @level1type = N'TABLE', @level1name = N'invoice', @level2type = N'COLUMN', @level2name = N'account_id'
ELSE
EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'Who pays', @level0type = N'SCHEMA', @level0name = N'sales', @level1type = N'TABLE', @level1name = N'invoice', @level2type = N'COLUMN', @level2name = N'account_id';
GO

CREATE INDEX ix_invoice_account ON sales.invoice (account_id);
GO

ALTER TABLE sales.invoice ALTER COLUMN account_id BIGINT NOT NULL;
GO

IF EXISTS (SELECT 1 FROM sys.extended_properties WHERE major_id = OBJECT_ID(N'sales.invoice') AND minor_id = 0 AND name = N'MS_Description')
EXEC sp_updateextendedproperty @name = N'MS_Description', @value = N'Invoices', @level0type = N'SCHEMA', @level0name = N'sales', @level1type = N'TABLE', @level1name = N'invoice'
ELSE
EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'Invoices', @level0type = N'SCHEMA', @level0name = N'sales', @level1type = N'TABLE', @level1name = N'invoice';
GO

DROP INDEX ix_invoice_account ON sales.invoice;
GO

EXEC sp_rename N'sales.invoice', N'bill';
GO

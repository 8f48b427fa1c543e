CREATE TABLE sales.invoice (
	id INTEGER NOT NULL, 
	account_id BIGINT, 
	PRIMARY KEY (id)
);

COMMENT ON COLUMN sales.invoice.account_id IS 'Who pays';

CREATE INDEX sales.ix_invoice_account ON sales.invoice (account_id);

ALTER TABLE sales.invoice ALTER COLUMN account_id SET NOT NULL;

COMMENT ON TABLE sales.invoice IS 'Invoices';

DROP INDEX sales.ix_invoice_account;

ALTER TABLE sales.invoice RENAME TO bill;

CREATE TABLE sales.invoice (
	id INTEGER NOT NULL, 
	account_id BIGINT COMMENT 'Who pays', 
	PRIMARY KEY (id)
);

CREATE INDEX ix_invoice_account ON sales.invoice (account_id);

ALTER TABLE sales.invoice MODIFY account_id BIGINT NOT NULL;

ALTER TABLE sales.invoice COMMENT = 'Invoices';

DROP INDEX ix_invoice_account ON sales.invoice;

ALTER TABLE sales.invoice RENAME TO sales.bill;

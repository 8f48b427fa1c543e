CREATE TABLE order_line (
	order_id INTEGER NOT NULL, 
	line_no INTEGER NOT NULL, 
	account_id BIGINT, 
	quantity INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_order_line PRIMARY KEY (order_id, line_no), 
	CONSTRAINT uq_order_line_account UNIQUE (account_id, line_no), 
	CONSTRAINT fk_order_line_account FOREIGN KEY(account_id) REFERENCES account (id) ON DELETE CASCADE, 
	CONSTRAINT ck_order_line_quantity CHECK (quantity > 0)
);

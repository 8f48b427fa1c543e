CREATE TABLE account (
	id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, 
	email VARCHAR(255) NOT NULL, 
	name VARCHAR(100), 
	balance NUMERIC(12, 2) DEFAULT 0 NOT NULL, 
	created_at DATETIME, 
	UNIQUE (email), 
	CONSTRAINT ck_account_balance CHECK (balance >= 0)
);

CREATE TABLE account (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	email VARCHAR(255) NOT NULL, 
	name VARCHAR(100) COMMENT 'Display name, as the user typed it', 
	balance NUMERIC(12, 2) NOT NULL DEFAULT 0, 
	created_at TIMESTAMP NULL, 
	PRIMARY KEY (id), 
	UNIQUE (email), 
	CONSTRAINT ck_account_balance CHECK (balance >= 0)
);

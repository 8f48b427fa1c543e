CREATE TABLE _retort_tmp_account (
	id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, 
	email VARCHAR(255) NOT NULL, 
	display_name VARCHAR(120), 
	balance NUMERIC(12, 2) DEFAULT 0 NOT NULL, 
	nickname VARCHAR(40), 
	UNIQUE (email), 
	CONSTRAINT ck_account_balance CHECK (balance >= 0)
);

INSERT INTO _retort_tmp_account (id, email, display_name, balance) SELECT id, email, CAST(name AS VARCHAR(120)), balance FROM account;

DROP TABLE account;

ALTER TABLE _retort_tmp_account RENAME TO account;

CREATE INDEX ix_account_nickname ON account (nickname);

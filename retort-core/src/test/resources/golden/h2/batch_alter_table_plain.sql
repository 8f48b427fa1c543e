ALTER TABLE account ADD COLUMN nickname VARCHAR(40);

CREATE INDEX ix_account_nickname ON account (nickname);

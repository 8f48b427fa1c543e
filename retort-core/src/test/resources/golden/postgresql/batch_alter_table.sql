ALTER TABLE account ADD COLUMN nickname VARCHAR(40);

ALTER TABLE account ALTER COLUMN name TYPE VARCHAR(120);

ALTER TABLE account RENAME COLUMN name TO display_name;

ALTER TABLE account DROP COLUMN created_at;

CREATE INDEX ix_account_nickname ON account (nickname);

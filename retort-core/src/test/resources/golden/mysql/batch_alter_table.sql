ALTER TABLE account ADD COLUMN nickname VARCHAR(40);

ALTER TABLE account CHANGE name display_name VARCHAR(120) NULL;

ALTER TABLE account DROP COLUMN created_at;

CREATE INDEX ix_account_nickname ON account (nickname);

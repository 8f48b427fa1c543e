ALTER TABLE account ADD CONSTRAINT uq_account_name UNIQUE (name);

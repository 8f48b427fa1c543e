ALTER TABLE account ADD CONSTRAINT ck_account_name CHECK (name <> '');

ALTER TABLE account RENAME TO customer;

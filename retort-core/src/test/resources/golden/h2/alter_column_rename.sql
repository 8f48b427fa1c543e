ALTER TABLE account RENAME COLUMN name TO display_name;

ALTER TABLE account CHANGE name display_name VARCHAR(100) NULL;

ALTER TABLE account COMMENT = '';

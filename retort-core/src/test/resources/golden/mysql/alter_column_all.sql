ALTER TABLE account CHANGE name full_name VARCHAR(150) NOT NULL DEFAULT '' COMMENT 'Legal name';

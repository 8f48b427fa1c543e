ALTER TABLE account ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'new' COMMENT 'Lifecycle state';

ALTER TABLE account ADD COLUMN status VARCHAR(20) DEFAULT 'new' NOT NULL;

COMMENT ON COLUMN account.status IS 'Lifecycle state';

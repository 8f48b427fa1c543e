ALTER TABLE account ADD COLUMN referrer_id BIGINT REFERENCES account (id);

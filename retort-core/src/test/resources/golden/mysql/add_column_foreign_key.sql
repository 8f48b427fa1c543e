ALTER TABLE account ADD COLUMN referrer_id BIGINT;

ALTER TABLE account ADD FOREIGN KEY(referrer_id) REFERENCES account (id);

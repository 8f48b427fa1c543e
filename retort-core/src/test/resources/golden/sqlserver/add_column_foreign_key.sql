ALTER TABLE account ADD referrer_id BIGINT NULL;
GO

ALTER TABLE account ADD FOREIGN KEY(referrer_id) REFERENCES account (id);
GO

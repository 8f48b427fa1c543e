SET IDENTITY_INSERT account ON;
GO

INSERT INTO account (id, email, name, balance, created_at) VALUES (1, 'o''hara@example.com', 'back\slash', 12.50, '2024-01-31 10:15:00+02:00');
GO

INSERT INTO account (id, email, name, balance) VALUES (2, 'b@example.com', NULL, 0);
GO

SET IDENTITY_INSERT account OFF;
GO

INSERT INTO sample (id, flag, ratio, day, stamp, payload, token, mood) VALUES (7, 1, 0.5, '2024-02-29', '2024-02-29 23:59:58.125', 0x0AFF, '123e4567-e89b-12d3-a456-426614174000', 'so-so');
GO

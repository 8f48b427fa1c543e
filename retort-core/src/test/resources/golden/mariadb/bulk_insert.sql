INSERT INTO account (id, email, name, balance, created_at) VALUES (1, 'o''hara@example.com', 'back\\slash', 12.50, '2024-01-31 08:15:00');

INSERT INTO account (id, email, name, balance) VALUES (2, 'b@example.com', NULL, 0);

INSERT INTO sample (id, flag, ratio, day, stamp, payload, token, mood) VALUES (7, true, 0.5, '2024-02-29', '2024-02-29 23:59:58.125', X'0AFF', '123e4567-e89b-12d3-a456-426614174000', 'so-so');

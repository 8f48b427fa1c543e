ALTER TABLE order_line DROP CONSTRAINT fk_order_line_account;
GO

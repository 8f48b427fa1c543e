ALTER TABLE order_line DROP CONSTRAINT uq_order_line_account;
GO

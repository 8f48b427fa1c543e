ALTER TABLE order_line DROP INDEX uq_order_line_account;

ALTER TABLE order_line DROP FOREIGN KEY fk_order_line_account;

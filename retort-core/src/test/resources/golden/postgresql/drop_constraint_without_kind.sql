ALTER TABLE order_line DROP CONSTRAINT ck_order_line_quantity;

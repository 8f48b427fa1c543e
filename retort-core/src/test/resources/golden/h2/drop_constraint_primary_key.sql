ALTER TABLE order_line DROP CONSTRAINT pk_order_line;

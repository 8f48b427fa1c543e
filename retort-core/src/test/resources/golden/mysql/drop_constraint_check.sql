ALTER TABLE order_line DROP CHECK ck_order_line_quantity;

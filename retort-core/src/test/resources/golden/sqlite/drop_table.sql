DROP TABLE order_line;

DROP TABLE order_line;
GO

DROP SEQUENCE invoice_seq;
GO

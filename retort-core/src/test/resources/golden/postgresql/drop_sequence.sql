DROP SEQUENCE invoice_seq;

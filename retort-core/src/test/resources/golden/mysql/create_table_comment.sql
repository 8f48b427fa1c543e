ALTER TABLE account COMMENT = 'Customers'' accounts';

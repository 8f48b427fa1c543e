COMMENT ON TABLE account IS 'Customers'' accounts';

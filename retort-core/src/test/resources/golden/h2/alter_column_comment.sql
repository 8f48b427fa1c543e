COMMENT ON COLUMN account.email IS 'Login; unique';

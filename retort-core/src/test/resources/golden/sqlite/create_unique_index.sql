CREATE UNIQUE INDEX ux_account_email ON account (email);

CREATE INDEX ix_account_lower_email ON account ((lower(email)));

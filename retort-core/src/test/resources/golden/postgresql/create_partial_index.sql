CREATE INDEX ix_account_positive ON account (balance) WHERE balance > 0;

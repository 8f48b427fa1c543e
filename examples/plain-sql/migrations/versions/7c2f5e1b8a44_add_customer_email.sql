-- add customer email
--
-- Revision ID: 7c2f5e1b8a44
-- Revises: 1f3a9c2b7d10
-- Create Date: 2026-11-23 17:28:34.979032+00:00

-- retort: revision=7c2f5e1b8a44 down=1f3a9c2b7d10
-- retort: message=add customer email
-- retort: upgrade
ALTER TABLE customer ADD COLUMN email VARCHAR(255);
CREATE UNIQUE INDEX uq_customer_email ON customer (email);

-- retort: downgrade
DROP INDEX uq_customer_email;
ALTER TABLE customer DROP COLUMN email;

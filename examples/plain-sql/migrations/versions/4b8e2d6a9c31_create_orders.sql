-- create orders
--
-- Revision ID: 4b8e2d6a9c31
-- Revises: 1f3a9c2b7d10
-- Create Date: 2026-11-23 17:28:34.172471+00:00

-- retort: revision=4b8e2d6a9c31 down=1f3a9c2b7d10
-- retort: message=create orders
-- retort: upgrade
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (id),
    total NUMERIC(10, 2) NOT NULL
);
CREATE INDEX ix_orders_customer_id ON orders (customer_id);

-- retort: downgrade
DROP INDEX ix_orders_customer_id;
DROP TABLE orders;

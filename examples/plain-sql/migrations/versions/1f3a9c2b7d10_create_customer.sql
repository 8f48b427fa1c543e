-- create customer
--
-- Revision ID: 1f3a9c2b7d10
-- Revises: 
-- Create Date: 2026-11-23 17:28:33.397786+00:00

-- retort: revision=1f3a9c2b7d10 down=
-- retort: message=create customer
-- retort: upgrade
CREATE TABLE customer (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

-- retort: downgrade
DROP TABLE customer;

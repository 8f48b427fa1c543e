-- add order status
--
-- Revision ID: c5e8a1d4b762
-- Revises: 9d6b3a7e2f58
-- Create Date: 2026-11-23 17:28:36.447929+00:00

-- retort: revision=c5e8a1d4b762 down=9d6b3a7e2f58
-- retort: message=add order status
-- retort: upgrade
ALTER TABLE orders ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'new';

-- retort: downgrade
ALTER TABLE orders DROP COLUMN status;

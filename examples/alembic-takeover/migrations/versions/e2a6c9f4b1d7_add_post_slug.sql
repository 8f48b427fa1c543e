-- add post slug
--
-- Revision ID: e2a6c9f4b1d7
-- Revises: b7f3e5a2c814
-- Create Date: 2026-11-23 17:29:41.745586+00:00

-- retort: revision=e2a6c9f4b1d7 down=b7f3e5a2c814
-- retort: message=add post slug
-- retort: upgrade
ALTER TABLE post ADD COLUMN slug VARCHAR(200);
CREATE UNIQUE INDEX uq_post_slug ON post (slug);

-- retort: downgrade
DROP INDEX uq_post_slug;
ALTER TABLE post DROP COLUMN slug;

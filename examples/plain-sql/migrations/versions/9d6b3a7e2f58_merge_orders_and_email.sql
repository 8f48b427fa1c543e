-- merge orders and email
--
-- Revision ID: 9d6b3a7e2f58
-- Revises: 4b8e2d6a9c31, 7c2f5e1b8a44
-- Create Date: 2026-11-23 17:28:35.731459+00:00

-- retort: revision=9d6b3a7e2f58 down=4b8e2d6a9c31,7c2f5e1b8a44
-- retort: message=merge orders and email
-- retort: upgrade
-- a merge revision joins the two branches; it needs no SQL of its own

-- retort: downgrade
-- nothing to undo

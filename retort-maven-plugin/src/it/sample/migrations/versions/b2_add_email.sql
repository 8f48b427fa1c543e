-- retort: revision=b2 down=a1
-- retort: message=add email
-- retort: upgrade
ALTER TABLE account ADD COLUMN email VARCHAR(255);
-- retort: downgrade
ALTER TABLE account DROP COLUMN email;

ALTER TABLE account ADD COLUMN tier ENUM('free', 'paid');

ALTER TABLE account ADD COLUMN tier tier;

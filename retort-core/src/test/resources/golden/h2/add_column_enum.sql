ALTER TABLE account ADD COLUMN tier VARCHAR(4) CHECK (tier IN ('free', 'paid'));

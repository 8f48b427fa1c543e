ALTER TABLE account ADD tier VARCHAR(4) NULL CHECK (tier IN ('free', 'paid'));
GO

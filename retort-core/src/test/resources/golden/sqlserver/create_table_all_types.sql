CREATE TABLE sample (
	id INTEGER NOT NULL, 
	big BIGINT NULL, 
	small SMALLINT NULL, 
	flag BIT NULL, 
	code VARCHAR(20) NULL, 
	body VARCHAR(max) NULL, 
	amount NUMERIC(10, 2) NULL, 
	ratio REAL NULL, 
	measure DOUBLE PRECISION NULL, 
	day DATE NULL, 
	at_time TIME NULL, 
	stamp DATETIME2 NULL, 
	stamp_tz DATETIMEOFFSET NULL, 
	payload VARBINARY(max) NULL, 
	digest VARBINARY(16) NULL, 
	token UNIQUEIDENTIFIER NULL, 
	doc NVARCHAR(max) NULL, 
	mood VARCHAR(5) NULL CHECK (mood IN ('happy', 'sad', 'so-so')), 
	PRIMARY KEY (id)
);
GO

CREATE TABLE [user] (
	id INTEGER NOT NULL, 
	[Order] INTEGER NULL, 
	[select] VARCHAR(10) NULL, 
	value VARCHAR(10) NULL, 
	[full name] VARCHAR(10) NULL, 
	PRIMARY KEY (id)
);
GO

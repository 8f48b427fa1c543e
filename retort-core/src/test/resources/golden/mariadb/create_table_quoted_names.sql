CREATE TABLE `user` (
	id INTEGER NOT NULL, 
	`Order` INTEGER, 
	`select` VARCHAR(10), 
	value VARCHAR(10), 
	`full name` VARCHAR(10), 
	PRIMARY KEY (id)
);

CREATE TABLE alembic_version_log (
	id BIGINT NOT NULL IDENTITY(1,1), 
	revision VARCHAR(32) NOT NULL, 
	direction VARCHAR(16) NOT NULL, 
	checksum VARCHAR(80) NULL, 
	applied_by VARCHAR(255) NULL, 
	started_at DATETIME2 NULL, 
	finished_at DATETIME2 NULL, 
	duration_ms BIGINT NULL, 
	statements_done INTEGER NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	PRIMARY KEY (id)
);
GO

CREATE TABLE alembic_version_log (
	id BIGINT NOT NULL AUTO_INCREMENT, 
	revision VARCHAR(32) NOT NULL, 
	direction VARCHAR(16) NOT NULL, 
	checksum VARCHAR(80), 
	applied_by VARCHAR(255), 
	started_at DATETIME, 
	finished_at DATETIME, 
	duration_ms BIGINT, 
	statements_done INTEGER NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	PRIMARY KEY (id)
);

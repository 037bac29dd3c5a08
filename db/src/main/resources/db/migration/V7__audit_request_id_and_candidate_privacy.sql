-- The request an audit event came from, and filters on the audit log viewer; when a candidate was anonymised.

ALTER TABLE audit_event ADD COLUMN request_id VARCHAR(64) NULL;
CREATE INDEX ix_audit_event_action ON audit_event (action);

ALTER TABLE candidate ADD COLUMN anonymised_at DATETIME(6) NULL;

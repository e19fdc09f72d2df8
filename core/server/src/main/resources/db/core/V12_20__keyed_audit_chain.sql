-- The audit chain turns keyed: from keyed_from_seq on, an entry's hash is an HMAC with a key
-- derived from the master key, which never enters the database. The entries written before keep
-- the plain SHA-256 they were written with, so every chain is keyed from its next entry. The
-- mark binding that start to the tenant and to the entry before it needs the master key: the Java
-- migration org.sahakum.core.persistence.AuditChainKeying (version 12.21) writes it.
ALTER TABLE audit_chain
  ADD COLUMN keyed_from_seq BIGINT NULL,
  ADD COLUMN keyed_mark CHAR(64) NULL;

UPDATE audit_chain SET keyed_from_seq = last_seq + 1;

ALTER TABLE audit_chain MODIFY keyed_from_seq BIGINT NOT NULL;

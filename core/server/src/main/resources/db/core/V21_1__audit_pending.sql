-- Audit entries written with the work they record, then chained by the server in the background.
-- A write no longer holds its tenant's chain head until it commits, so a tenant's writes (and its
-- reads' entries) stop queueing one behind another on that row. `id` is the order of chaining.
CREATE TABLE audit_pending (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id         BIGINT       NOT NULL,
  at                DATETIME(6)  NOT NULL,
  actor_account_id  BIGINT       NULL,
  action            VARCHAR(100) NOT NULL,
  target_type       VARCHAR(50)  NULL,
  target_id         VARCHAR(64)  NULL,
  reason            VARCHAR(500) NULL,
  PRIMARY KEY (id),
  KEY ix_audit_pending_tenant (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- waiting entries are never changed, only moved into the chain (and deleted there)
CREATE TRIGGER audit_pending_unchanged BEFORE UPDATE ON audit_pending FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_pending is append-only';

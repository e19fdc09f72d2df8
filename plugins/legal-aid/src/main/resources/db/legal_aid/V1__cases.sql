-- Legal-aid cases. No personal data in this table: names and notes come later, encrypted.
-- tenant_id is filled and filtered by the persistence layer, never by the module.

CREATE TABLE legal_case (
  id           BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT      NOT NULL,
  case_type    VARCHAR(32) NOT NULL,
  client_kind  VARCHAR(16) NOT NULL,
  status       VARCHAR(16) NOT NULL,
  opened_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_legal_case_tenant (tenant_id, id),
  CONSTRAINT fk_legal_case_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_legal_case_type
    CHECK (case_type IN ('consultation', 'court', 'detention', 'labour', 'family', 'other')),
  CONSTRAINT ck_legal_case_client CHECK (client_kind IN ('member', 'non-member')),
  CONSTRAINT ck_legal_case_status CHECK (status IN ('open', 'in-progress', 'closed'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

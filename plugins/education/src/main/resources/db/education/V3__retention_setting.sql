-- The organisation's retention period for children's records (one row per organisation at most).
CREATE TABLE edu_setting (
  id               BIGINT NOT NULL AUTO_INCREMENT,
  tenant_id        BIGINT NOT NULL,
  retention_months INT    NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_edu_setting_tenant (tenant_id),
  CONSTRAINT fk_edu_setting_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_edu_setting_months CHECK (retention_months BETWEEN 6 AND 120)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

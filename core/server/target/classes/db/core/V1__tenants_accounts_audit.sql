-- Core schema. Tenant-owned tables carry tenant_id; text is utf8mb4 for Khmer.

CREATE TABLE tenant (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  parent_id   BIGINT       NULL,
  slug        VARCHAR(63)  NOT NULL,
  type        VARCHAR(16)  NOT NULL,
  status      VARCHAR(16)  NOT NULL,
  name_km     VARCHAR(200) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_tenant_slug (slug),
  KEY ix_tenant_parent (parent_id),
  CONSTRAINT fk_tenant_parent FOREIGN KEY (parent_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO tenant (id, parent_id, slug, type, status, name_km, name_en, created_at)
VALUES (1, NULL, 'platform', 'platform', 'active', 'វេទិកា', 'Platform', UTC_TIMESTAMP(6));

CREATE TABLE tenant_module (
  tenant_id   BIGINT      NOT NULL,
  module_id   VARCHAR(64) NOT NULL,
  enabled     BOOLEAN     NOT NULL,
  changed_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, module_id),
  CONSTRAINT fk_tenant_module_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id      BIGINT       NOT NULL,
  username       VARCHAR(64)  NOT NULL,
  password_hash  VARCHAR(255) NOT NULL,
  status         VARCHAR(16)  NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_account_login (tenant_id, username),
  CONSTRAINT fk_account_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE role_grant (
  account_id  BIGINT      NOT NULL,
  tenant_id   BIGINT      NOT NULL,
  role        VARCHAR(32) NOT NULL,
  PRIMARY KEY (account_id, tenant_id, role),
  CONSTRAINT fk_role_grant_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_role_grant_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE auth_session (
  token_hash    CHAR(64)    NOT NULL,
  account_id    BIGINT      NOT NULL,
  created_at    DATETIME(6) NOT NULL,
  last_seen_at  DATETIME(6) NOT NULL,
  expires_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (token_hash),
  KEY ix_auth_session_account (account_id),
  CONSTRAINT fk_auth_session_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

CREATE TABLE audit_chain (
  tenant_id  BIGINT   NOT NULL,
  last_seq   BIGINT   NOT NULL,
  last_hash  CHAR(64) NOT NULL,
  PRIMARY KEY (tenant_id),
  CONSTRAINT fk_audit_chain_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

CREATE TABLE audit_event (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id         BIGINT       NOT NULL,
  seq               BIGINT       NOT NULL,
  at                DATETIME(6)  NOT NULL,
  actor_account_id  BIGINT       NULL,
  action            VARCHAR(100) NOT NULL,
  target_type       VARCHAR(50)  NULL,
  target_id         VARCHAR(64)  NULL,
  prev_hash         CHAR(64)     NOT NULL,
  hash              CHAR(64)     NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_audit_event_seq (tenant_id, seq),
  CONSTRAINT fk_audit_event_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TRIGGER audit_event_append_only_delete BEFORE DELETE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

INSERT INTO audit_chain (tenant_id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Chapter invites and self-registration.

CREATE TABLE invite (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT      NOT NULL,
  code_hash   CHAR(64)    NOT NULL,
  expires_at  DATETIME(6) NOT NULL,
  max_uses    INT         NOT NULL,
  uses        INT         NOT NULL,
  revoked     BOOLEAN     NOT NULL,
  created_by  BIGINT      NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_invite_code (code_hash),
  KEY ix_invite_tenant (tenant_id, id),
  CONSTRAINT fk_invite_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB;

ALTER TABLE member ADD COLUMN consent_version VARCHAR(20) NULL;
ALTER TABLE member ADD COLUMN account_id BIGINT NULL;
ALTER TABLE member ADD CONSTRAINT fk_member_account FOREIGN KEY (account_id) REFERENCES account (id);

-- Issue 13, items 4 and 8. Versioned 12.13 so that it cannot take the number of another change
-- made at the same time.

-- The login throttle keeps each failure under three hashes: the login it was aimed at (the
-- account the look-up matched, else the normalised name), that login together with the address,
-- and the address alone. Kept one day.
DROP TABLE login_failure;
CREATE TABLE login_failure (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  name_key    CHAR(64)    NOT NULL,
  pair_key    CHAR(64)    NOT NULL,
  address_key CHAR(64)    NOT NULL,
  at          DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_login_failure_pair (pair_key, at),
  KEY ix_login_failure_name (name_key, at),
  KEY ix_login_failure_address (address_key, at),
  KEY ix_login_failure_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- A staff account's second step: its TOTP secret, sealed under its organisation's data key, and
-- the last time step used (a code is good once).
CREATE TABLE account_two_step (
  account_id  BIGINT         NOT NULL,
  key_owner   BIGINT         NOT NULL,
  secret      VARBINARY(255) NOT NULL,
  active      BOOLEAN        NOT NULL,
  last_step   BIGINT         NOT NULL,
  created_at  DATETIME(6)    NOT NULL,
  PRIMARY KEY (account_id),
  CONSTRAINT fk_two_step_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- One-time recovery codes, only their hashes; a used code keeps its row with the time of use.
CREATE TABLE account_recovery_code (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  account_id  BIGINT      NOT NULL,
  code_hash   CHAR(64)    NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  used_at     DATETIME(6) NULL,
  PRIMARY KEY (id),
  KEY ix_recovery_code_account (account_id, code_hash),
  CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- Organisations that require the second step of staff who hold sensitive permissions.
CREATE TABLE two_step_requirement (
  tenant_id   BIGINT      NOT NULL,
  since       DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id),
  CONSTRAINT fk_two_step_requirement_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- Both change what a caller may do, so both move the security epoch (see V7).
CREATE TRIGGER security_epoch_two_step_added AFTER INSERT ON account_two_step FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;
-- a code used at login moves only last_step, which no permission depends on
CREATE TRIGGER security_epoch_two_step_changed AFTER UPDATE ON account_two_step FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1 AND OLD.active <> NEW.active;
CREATE TRIGGER security_epoch_two_step_removed AFTER DELETE ON account_two_step FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;
CREATE TRIGGER security_epoch_two_step_required AFTER INSERT ON two_step_requirement FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;
CREATE TRIGGER security_epoch_two_step_not_required AFTER DELETE ON two_step_requirement FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

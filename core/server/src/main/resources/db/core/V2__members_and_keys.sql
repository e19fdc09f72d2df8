-- Members of an organisation's register, their encrypted identity, the organisations' data keys.

ALTER TABLE tenant ADD COLUMN code VARCHAR(8) NULL;

-- Reveals of identity carry the reason the person gave; the hash chain covers it.
ALTER TABLE audit_event ADD COLUMN reason VARCHAR(500) NULL;

CREATE TABLE org_data_key (
  org_id      BIGINT        NOT NULL,
  version     INT           NOT NULL,
  wrapped     VARBINARY(64) NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (org_id, version),
  CONSTRAINT fk_org_data_key_org FOREIGN KEY (org_id) REFERENCES tenant (id)
) ENGINE=InnoDB;

CREATE TABLE member_sequence (
  org_id      BIGINT NOT NULL,
  next_value  BIGINT NOT NULL,
  PRIMARY KEY (org_id),
  CONSTRAINT fk_member_sequence_org FOREIGN KEY (org_id) REFERENCES tenant (id)
) ENGINE=InnoDB;

CREATE TABLE member (
  id               BIGINT         NOT NULL AUTO_INCREMENT,
  org_id           BIGINT         NOT NULL,
  chapter_id       BIGINT         NULL,
  member_code      VARCHAR(32)    NOT NULL,
  working_name     VARCHAR(100)   NOT NULL,
  status           VARCHAR(16)    NOT NULL,
  legal_name_enc   VARBINARY(1024) NULL,
  phone_enc        VARBINARY(256) NULL,
  dob_enc          VARBINARY(128) NULL,
  id_number_enc    VARBINARY(256) NULL,
  phone_index      CHAR(64)       NULL,
  created_at       DATETIME(6)    NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_member_code (org_id, member_code),
  KEY ix_member_org_chapter (org_id, chapter_id, id),
  KEY ix_member_org_name (org_id, working_name),
  KEY ix_member_phone (org_id, phone_index),
  CONSTRAINT fk_member_org FOREIGN KEY (org_id) REFERENCES tenant (id),
  CONSTRAINT fk_member_chapter FOREIGN KEY (chapter_id) REFERENCES tenant (id),
  CONSTRAINT ck_member_status CHECK (status IN ('pending', 'active', 'suspended', 'erased'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

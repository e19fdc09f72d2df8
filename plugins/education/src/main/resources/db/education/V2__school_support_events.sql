-- Education, second part: the organisation's list of public schools, each child's way back to
-- school (status with its day, documents, barriers), support given in riel, every status change
-- (for the counts of enrolments and drop-outs by month), and events or exposure visits with the
-- guardian's consent per child per event and attendance. No photo is stored anywhere.

CREATE TABLE edu_school (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id  BIGINT       NOT NULL,
  name       VARCHAR(100) NOT NULL,
  place      VARCHAR(40)  NULL,
  created_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_edu_school_tenant (tenant_id, id),
  CONSTRAINT fk_edu_school_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per child who has a way back to school; documents and barriers are sets of codes.
CREATE TABLE edu_school_path (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id          BIGINT       NOT NULL,
  child_id           BIGINT       NOT NULL,
  school_id          BIGINT       NULL,
  grade              INT          NULL,
  status             VARCHAR(20)  NOT NULL,
  status_since       DATE         NOT NULL,
  documents_needed   VARCHAR(100) NOT NULL,
  documents_obtained VARCHAR(100) NOT NULL,
  barriers           VARCHAR(200) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_edu_school_path_child (child_id),
  KEY ix_edu_school_path_tenant (tenant_id, child_id),
  CONSTRAINT fk_edu_school_path_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_edu_school_path_child FOREIGN KEY (child_id) REFERENCES edu_child (id),
  CONSTRAINT fk_edu_school_path_school FOREIGN KEY (school_id) REFERENCES edu_school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change of a child's school status, with its day and centre, for counts by month.
-- child_id is NULL once the child's record is erased or anonymised: the count stays.
CREATE TABLE edu_school_change (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id  BIGINT      NOT NULL,
  child_id   BIGINT      NULL,
  centre_id  BIGINT      NOT NULL,
  status     VARCHAR(20) NOT NULL,
  changed_on DATE        NOT NULL,
  PRIMARY KEY (id),
  KEY ix_edu_school_change_month (tenant_id, changed_on),
  KEY ix_edu_school_change_child (tenant_id, child_id),
  CONSTRAINT fk_edu_school_change_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE edu_school_support (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT      NOT NULL,
  child_id    BIGINT      NULL,
  centre_id   BIGINT      NOT NULL,
  kind        VARCHAR(20) NOT NULL,
  amount_riel BIGINT      NOT NULL,
  given_on    DATE        NOT NULL,
  PRIMARY KEY (id),
  KEY ix_edu_school_support_child (tenant_id, child_id),
  KEY ix_edu_school_support_month (tenant_id, given_on),
  CONSTRAINT fk_edu_school_support_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_edu_school_support_amount CHECK (amount_riel > 0),
  CONSTRAINT ck_edu_school_support_kind CHECK (kind IN ('UNIFORM', 'MATERIALS', 'FEES', 'TRANSPORT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE edu_event (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id  BIGINT       NOT NULL,
  name       VARCHAR(100) NOT NULL,
  kind       VARCHAR(20)  NOT NULL,
  held_on    DATE         NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_edu_event_tenant (tenant_id, held_on),
  CONSTRAINT fk_edu_event_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_edu_event_kind CHECK (kind IN ('SOCIAL_EVENT', 'EXPOSURE_VISIT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A child going to an event: only with the guardian's consent for that event; then whether they came.
CREATE TABLE edu_event_child (
  id                    BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id             BIGINT      NOT NULL,
  event_id              BIGINT      NOT NULL,
  child_id              BIGINT      NOT NULL,
  consent_at            DATETIME(6) NOT NULL,
  consent_by_account_id BIGINT      NOT NULL,
  attended              BOOLEAN     NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_edu_event_child (event_id, child_id),
  KEY ix_edu_event_child_child (tenant_id, child_id),
  CONSTRAINT fk_edu_event_child_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_edu_event_child_event FOREIGN KEY (event_id) REFERENCES edu_event (id),
  CONSTRAINT fk_edu_event_child_child FOREIGN KEY (child_id) REFERENCES edu_child (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Legal aid grows: case clients, assignee, outcome; hearings and deadlines; sealed notes and files;
-- detention rapid response; violation documentation. tenant_id is filled and filtered by the
-- persistence layer. No column holds a name: members are referred to by the register's id (and
-- a case keeps the member code, which never changes while the member exists, for its list),
-- and notes and files are sealed (AES-256-GCM under the organisation's data key) before they are stored.

ALTER TABLE legal_case
  ADD COLUMN client_group        VARCHAR(16) NULL AFTER client_kind,
  ADD COLUMN member_id           BIGINT      NULL AFTER client_group,
  ADD COLUMN member_code         VARCHAR(40) NULL AFTER member_id,
  ADD COLUMN outcome             VARCHAR(16) NULL AFTER status,
  ADD COLUMN assignee_account_id BIGINT      NULL AFTER outcome,
  ADD COLUMN closed_at           DATETIME(6) NULL AFTER opened_at,
  ADD KEY ix_legal_case_member (tenant_id, member_id),
  ADD KEY ix_legal_case_status (tenant_id, status, id),
  ADD CONSTRAINT ck_legal_case_group
    CHECK (client_group IS NULL OR client_group IN ('walk-in', 'poor-family', 'student', 'other')),
  ADD CONSTRAINT ck_legal_case_outcome CHECK (outcome IS NULL OR outcome IN
    ('resolved', 'released', 'acquitted', 'convicted', 'settled', 'referred', 'withdrawn', 'other'));

CREATE TABLE legal_case_date (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id  BIGINT      NOT NULL,
  case_id    BIGINT      NOT NULL,
  kind       VARCHAR(16) NOT NULL,
  due_on     DATE        NOT NULL,
  done       BOOLEAN     NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  KEY ix_legal_case_date_case (tenant_id, case_id),
  KEY ix_legal_case_date_due (tenant_id, done, due_on),
  CONSTRAINT fk_legal_case_date_case FOREIGN KEY (case_id) REFERENCES legal_case (id),
  CONSTRAINT ck_legal_case_date_kind CHECK (kind IN ('hearing', 'deadline'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE legal_case_note (
  id                BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id         BIGINT      NOT NULL,
  case_id           BIGINT      NOT NULL,
  sealed_text       BLOB        NOT NULL,
  author_account_id BIGINT      NOT NULL,
  written_at        DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_legal_case_note_case (tenant_id, case_id),
  CONSTRAINT fk_legal_case_note_case FOREIGN KEY (case_id) REFERENCES legal_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE legal_case_attachment (
  id             BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id      BIGINT      NOT NULL,
  case_id        BIGINT      NOT NULL,
  media_type     VARCHAR(32) NOT NULL,
  size_bytes     INT         NOT NULL,
  sealed_content MEDIUMBLOB  NOT NULL,
  uploaded_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_legal_case_attachment_case (tenant_id, case_id),
  CONSTRAINT fk_legal_case_attachment_case FOREIGN KEY (case_id) REFERENCES legal_case (id),
  CONSTRAINT ck_legal_case_attachment_type CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE legal_detention (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT      NOT NULL,
  case_id     BIGINT      NOT NULL,
  place_kind  VARCHAR(24) NOT NULL,
  place       VARCHAR(32) NOT NULL,
  held_since  DATETIME(6) NOT NULL,
  reported_by VARCHAR(24) NOT NULL,
  released_at DATETIME(6) NULL,
  outcome     VARCHAR(32) NULL,
  PRIMARY KEY (id),
  KEY ix_legal_detention_open (tenant_id, released_at, held_since),
  CONSTRAINT fk_legal_detention_case FOREIGN KEY (case_id) REFERENCES legal_case (id),
  CONSTRAINT ck_legal_detention_place CHECK (place_kind IN ('police-station', 'detention-centre', 'other'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE legal_detention_need (
  id           BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT      NOT NULL,
  detention_id BIGINT      NOT NULL,
  need         VARCHAR(16) NOT NULL,
  met          BOOLEAN     NOT NULL,
  updated_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_legal_detention_need (tenant_id, detention_id, need),
  CONSTRAINT fk_legal_detention_need FOREIGN KEY (detention_id) REFERENCES legal_detention (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE legal_violation_event (
  id               BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id        BIGINT      NOT NULL,
  occurred_on      DATE        NOT NULL,
  place            VARCHAR(32) NOT NULL,
  advocacy_consent BOOLEAN     NOT NULL,
  recorded_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_legal_violation_event_day (tenant_id, occurred_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE legal_violation_act (
  id               BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id        BIGINT      NOT NULL,
  event_id         BIGINT      NOT NULL,
  act_type         VARCHAR(40) NOT NULL,
  perpetrator_type VARCHAR(24) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_legal_violation_act_event (tenant_id, event_id),
  CONSTRAINT fk_legal_violation_act_event FOREIGN KEY (event_id) REFERENCES legal_violation_event (id),
  CONSTRAINT ck_legal_violation_perpetrator
    CHECK (perpetrator_type IN ('police', 'social-affairs-guard', 'client', 'gang', 'other'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE legal_violation_victim (
  id        BIGINT NOT NULL AUTO_INCREMENT,
  tenant_id BIGINT NOT NULL,
  act_id    BIGINT NOT NULL,
  member_id BIGINT NULL,
  PRIMARY KEY (id),
  KEY ix_legal_violation_victim_act (tenant_id, act_id),
  KEY ix_legal_violation_victim_member (tenant_id, member_id),
  CONSTRAINT fk_legal_violation_victim_act FOREIGN KEY (act_id) REFERENCES legal_violation_act (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Referrals out and legal trainings. tenant_id is filled and filtered by the persistence layer.
-- The directory names services, never clients; a referral names its case and its service, and the
-- case names the client; attendance names members by the register's id only, and people who are
-- not members (or members erased since) are counts on the training.

CREATE TABLE legal_service (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id  BIGINT       NOT NULL,
  name       VARCHAR(120) NOT NULL,
  kind       VARCHAR(16)  NOT NULL,
  area       VARCHAR(32)  NOT NULL,
  phone      VARCHAR(32)  NULL,
  active     BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_legal_service_name (tenant_id, active, name),
  CONSTRAINT fk_legal_service_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_legal_service_kind
    CHECK (kind IN ('legal-service', 'ngo', 'health', 'shelter', 'government', 'other'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE legal_referral (
  id                    BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id             BIGINT      NOT NULL,
  case_id               BIGINT      NOT NULL,
  service_id            BIGINT      NOT NULL,
  need                  VARCHAR(24) NOT NULL,
  status                VARCHAR(16) NOT NULL,
  consent               VARCHAR(16) NOT NULL,
  consent_at            DATETIME(6) NULL,
  consent_by_account_id BIGINT      NULL,
  created_at            DATETIME(6) NOT NULL,
  status_at             DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_legal_referral_list (tenant_id, id),
  KEY ix_legal_referral_status (tenant_id, status, id),
  KEY ix_legal_referral_case (tenant_id, case_id),
  KEY ix_legal_referral_service (tenant_id, service_id),
  CONSTRAINT fk_legal_referral_case FOREIGN KEY (case_id) REFERENCES legal_case (id),
  CONSTRAINT fk_legal_referral_service FOREIGN KEY (service_id) REFERENCES legal_service (id),
  CONSTRAINT ck_legal_referral_need CHECK (need IN ('legal-representation', 'legal-advice', 'health-care',
    'shelter', 'livelihood', 'child-support', 'other')),
  CONSTRAINT ck_legal_referral_status
    CHECK (status IN ('proposed', 'sent', 'accepted', 'completed', 'declined', 'cancelled')),
  CONSTRAINT ck_legal_referral_consent CHECK (consent IN ('pending', 'given', 'refused', 'withdrawn')),
  -- a referral is never sent without consent: what the workflow checks, the table holds too
  CONSTRAINT ck_legal_referral_sent_with_consent
    CHECK (status NOT IN ('sent', 'accepted', 'completed') OR consent = 'given'
      OR (consent = 'withdrawn' AND status = 'completed'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE legal_training (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id            BIGINT       NOT NULL,
  topic                VARCHAR(24)  NOT NULL,
  held_on              DATE         NOT NULL,
  place                VARCHAR(32)  NOT NULL,
  facilitator          VARCHAR(120) NOT NULL,
  capacity             INT          NULL,
  non_member_attendees INT          NOT NULL DEFAULT 0,
  anonymous_attendees  INT          NOT NULL DEFAULT 0,
  created_at           DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_legal_training_day (tenant_id, held_on, id),
  CONSTRAINT fk_legal_training_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_legal_training_topic CHECK (topic IN ('know-your-rights', 'police-encounters', 'court-process',
    'paralegal-skills', 'health-and-rights', 'other')),
  CONSTRAINT ck_legal_training_counts CHECK (non_member_attendees >= 0 AND anonymous_attendees >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE legal_training_attendance (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT      NOT NULL,
  training_id BIGINT      NOT NULL,
  member_id   BIGINT      NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_legal_training_attendance (tenant_id, training_id, member_id),
  KEY ix_legal_training_attendance_member (tenant_id, member_id),
  CONSTRAINT fk_legal_training_attendance FOREIGN KEY (training_id) REFERENCES legal_training (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

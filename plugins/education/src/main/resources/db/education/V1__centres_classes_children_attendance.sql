-- Education: drop-in centres, terms, classes, members' children, enrolment in classes (with a
-- waiting list) and attendance. A child's first name or nickname is stored only sealed
-- (AES-256-GCM under the organisation's data key); nothing else identifying is kept.
-- tenant_id is filled and filtered by the persistence layer, never by the module.

CREATE TABLE edu_centre (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT       NOT NULL,
  name         VARCHAR(100) NOT NULL,
  chapter_slug VARCHAR(64)  NULL,
  place        VARCHAR(40)  NULL,
  created_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_edu_centre_tenant (tenant_id, id),
  CONSTRAINT fk_edu_centre_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE edu_term (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id  BIGINT       NOT NULL,
  name       VARCHAR(100) NOT NULL,
  starts_on  DATE         NOT NULL,
  ends_on    DATE         NOT NULL,
  PRIMARY KEY (id),
  KEY ix_edu_term_tenant (tenant_id, starts_on),
  CONSTRAINT fk_edu_term_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_edu_term_dates CHECK (ends_on >= starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE edu_class (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id          BIGINT       NOT NULL,
  centre_id          BIGINT       NOT NULL,
  term_id            BIGINT       NULL,
  subject            VARCHAR(20)  NOT NULL,
  level              VARCHAR(40)  NOT NULL,
  teacher_account_id BIGINT       NOT NULL,
  schedule           VARCHAR(100) NOT NULL,
  capacity           INT          NOT NULL,
  created_at         DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_edu_class_tenant (tenant_id, id),
  KEY ix_edu_class_teacher (tenant_id, teacher_account_id),
  CONSTRAINT fk_edu_class_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_edu_class_centre FOREIGN KEY (centre_id) REFERENCES edu_centre (id),
  CONSTRAINT fk_edu_class_term FOREIGN KEY (term_id) REFERENCES edu_term (id),
  CONSTRAINT ck_edu_class_capacity CHECK (capacity BETWEEN 1 AND 200),
  CONSTRAINT ck_edu_class_subject CHECK (subject IN ('KHMER', 'ENGLISH', 'MATHEMATICS', 'ARTS_DANCE', 'OTHER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A member's child. guardian_member_id is never NULL: a child whose only guardian is erased is
-- erased too. last_activity_on feeds the retention rule (anonymised after a period without any).
CREATE TABLE edu_child (
  id                         BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id                  BIGINT      NOT NULL,
  guardian_member_id         BIGINT      NOT NULL,
  second_guardian_member_id  BIGINT      NULL,
  sealed_name                BLOB        NOT NULL,
  birth_year                 INT         NOT NULL,
  gender                     VARCHAR(10) NULL,
  centre_id                  BIGINT      NOT NULL,
  school_status              VARCHAR(20) NOT NULL,
  consent_version            VARCHAR(20) NOT NULL,
  consent_at                 DATETIME(6) NOT NULL,
  consent_by_account_id      BIGINT      NOT NULL,
  created_at                 DATETIME(6) NOT NULL,
  last_activity_on           DATE        NOT NULL,
  PRIMARY KEY (id),
  KEY ix_edu_child_tenant (tenant_id, id),
  KEY ix_edu_child_guardian (tenant_id, guardian_member_id),
  KEY ix_edu_child_second (tenant_id, second_guardian_member_id),
  CONSTRAINT fk_edu_child_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_edu_child_centre FOREIGN KEY (centre_id) REFERENCES edu_centre (id),
  CONSTRAINT ck_edu_child_status CHECK (school_status IN ('OUT_OF_SCHOOL', 'PREPARING', 'ENROLLED', 'ATTENDING',
    'DROPPED_OUT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A child in a class, or waiting for a place in it (first come, first served: by id).
CREATE TABLE edu_class_enrolment (
  id           BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT      NOT NULL,
  class_id     BIGINT      NOT NULL,
  child_id     BIGINT      NOT NULL,
  status       VARCHAR(10) NOT NULL,
  requested_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_edu_enrolment (class_id, child_id),
  KEY ix_edu_enrolment_class (tenant_id, class_id, status, id),
  KEY ix_edu_enrolment_child (tenant_id, child_id),
  CONSTRAINT fk_edu_enrolment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_edu_enrolment_class FOREIGN KEY (class_id) REFERENCES edu_class (id),
  CONSTRAINT fk_edu_enrolment_child FOREIGN KEY (child_id) REFERENCES edu_child (id),
  CONSTRAINT ck_edu_enrolment_status CHECK (status IN ('ENROLLED', 'WAITING'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One class session per class and day; its marks, one per child, never two.
CREATE TABLE edu_session (
  id                  BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id           BIGINT      NOT NULL,
  class_id            BIGINT      NOT NULL,
  held_on             DATE        NOT NULL,
  taken_by_account_id BIGINT      NOT NULL,
  taken_at            DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_edu_session_day (class_id, held_on),
  KEY ix_edu_session_tenant (tenant_id, class_id, held_on),
  CONSTRAINT fk_edu_session_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_edu_session_class FOREIGN KEY (class_id) REFERENCES edu_class (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE edu_attendance (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id         BIGINT       NOT NULL,
  session_id        BIGINT       NOT NULL,
  class_id          BIGINT       NOT NULL,
  child_id          BIGINT       NOT NULL,
  held_on           DATE         NOT NULL,
  status            VARCHAR(10)  NOT NULL,
  corrected_at      DATETIME(6)  NULL,
  correction_reason VARCHAR(500) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_edu_attendance (session_id, child_id),
  KEY ix_edu_attendance_class (tenant_id, class_id, held_on),
  KEY ix_edu_attendance_child (tenant_id, child_id, held_on),
  CONSTRAINT fk_edu_attendance_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_edu_attendance_session FOREIGN KEY (session_id) REFERENCES edu_session (id),
  CONSTRAINT fk_edu_attendance_child FOREIGN KEY (child_id) REFERENCES edu_child (id),
  CONSTRAINT ck_edu_attendance_status CHECK (status IN ('PRESENT', 'LATE', 'ABSENT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

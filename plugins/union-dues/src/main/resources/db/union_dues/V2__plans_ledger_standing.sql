-- Dues plans, members' enrolments, the ledger, receipt numbering, idempotency keys and cash
-- handovers. Amounts are whole minor units (sen, cents). Months are stored as an index
-- (year * 12 + month - 1) so that "periods since" is integer arithmetic in SQL.
-- tenant_id is filled and filtered by the persistence layer, never by the module.

-- V1's payments named no member and no plan; the module was never released with them.
DROP TABLE dues_payment;

CREATE TABLE dues_plan (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id      BIGINT       NOT NULL,
  name_km        VARCHAR(100) NOT NULL,
  name_en        VARCHAR(100) NOT NULL,
  currency       CHAR(3)      NOT NULL,
  amount_minor   BIGINT       NOT NULL,
  period         VARCHAR(10)  NOT NULL,
  starts_on      DATE         NOT NULL,
  grace_periods  INT          NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_dues_plan_tenant (tenant_id, id),
  CONSTRAINT fk_dues_plan_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_dues_plan_amount CHECK (amount_minor > 0),
  CONSTRAINT ck_dues_plan_currency CHECK (currency IN ('KHR', 'USD')),
  CONSTRAINT ck_dues_plan_period CHECK (period IN ('MONTHLY', 'QUARTERLY', 'YEARLY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per enrolled member: the plan's terms copied in, and the running totals the ledger
-- adds up to (paid_minor = sum of the member's ledger entries; covered_until = first month
-- index not paid for or waived). member_id is NULL once the member is erased.
CREATE TABLE dues_enrolment (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT      NOT NULL,
  member_id       BIGINT      NULL,
  plan_id         BIGINT      NOT NULL,
  chapter_id      BIGINT      NULL,
  starts_on       DATE        NOT NULL,
  start_month     INT         NOT NULL,
  period_months   INT         NOT NULL,
  amount_minor    BIGINT      NOT NULL,
  currency        CHAR(3)     NOT NULL,
  grace_periods   INT         NOT NULL,
  paid_minor      BIGINT      NOT NULL,
  waived_periods  INT         NOT NULL,
  covered_until   INT         NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY ux_dues_enrolment_member (tenant_id, member_id),
  KEY ix_dues_enrolment_arrears (tenant_id, covered_until, id),
  KEY ix_dues_enrolment_chapter_arrears (tenant_id, chapter_id, covered_until, id),
  CONSTRAINT fk_dues_enrolment_plan FOREIGN KEY (plan_id) REFERENCES dues_plan (id),
  CONSTRAINT ck_dues_enrolment_paid CHECK (paid_minor >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dues_exemption (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT       NOT NULL,
  enrolment_id    BIGINT       NOT NULL,
  reason          VARCHAR(500) NOT NULL,
  starts_on       DATE         NOT NULL,
  expires_on      DATE         NOT NULL,
  waived_periods  INT          NOT NULL,
  granted_by      BIGINT       NOT NULL,
  granted_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_dues_exemption_enrolment (tenant_id, enrolment_id, starts_on),
  CONSTRAINT fk_dues_exemption_enrolment FOREIGN KEY (enrolment_id) REFERENCES dues_enrolment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The ledger: payments (positive, each with the organisation's next receipt number) and
-- reversals (negative, pointing at the payment they undo). Never updated, never deleted; an
-- erasure only blanks a reversal's free-text reason.
CREATE TABLE dues_entry (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id             BIGINT       NOT NULL,
  enrolment_id          BIGINT       NOT NULL,
  kind                  VARCHAR(10)  NOT NULL,
  receipt_number        BIGINT       NULL,
  reverses_id           BIGINT       NULL,
  amount_minor          BIGINT       NOT NULL,
  currency              CHAR(3)      NOT NULL,
  method                VARCHAR(15)  NOT NULL,
  paid_on               DATE         NOT NULL,
  paid_month            INT          NOT NULL,
  chapter_id            BIGINT       NULL,
  collector_account_id  BIGINT       NOT NULL,
  collected_on          DATE         NOT NULL,
  covered_until_after   INT          NOT NULL,
  reason                VARCHAR(500) NULL,
  recorded_by           BIGINT       NOT NULL,
  recorded_at           DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY ux_dues_entry_receipt (tenant_id, receipt_number),
  UNIQUE KEY ux_dues_entry_reverses (tenant_id, reverses_id),
  KEY ix_dues_entry_list (tenant_id, id),
  KEY ix_dues_entry_enrolment (tenant_id, enrolment_id, id),
  KEY ix_dues_entry_month (tenant_id, paid_month, chapter_id, currency),
  KEY ix_dues_entry_collector (tenant_id, collected_on, collector_account_id),
  CONSTRAINT fk_dues_entry_enrolment FOREIGN KEY (enrolment_id) REFERENCES dues_enrolment (id),
  CONSTRAINT ck_dues_entry_kind CHECK ((kind = 'PAYMENT' AND amount_minor > 0 AND receipt_number IS NOT NULL
      AND reverses_id IS NULL) OR (kind = 'REVERSAL' AND amount_minor < 0 AND reverses_id IS NOT NULL)),
  CONSTRAINT ck_dues_entry_currency CHECK (currency IN ('KHR', 'USD'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The organisation's receipt numbering, created with its first plan and locked (FOR UPDATE)
-- by each payment's transaction: numbers are handed out in commit order, without gaps.
CREATE TABLE dues_receipt_counter (
  id           BIGINT NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT NOT NULL,
  last_number  BIGINT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY ux_dues_receipt_counter_tenant (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dues_idempotency (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT       NOT NULL,
  idem_key    VARCHAR(100) NOT NULL,
  body_hash   CHAR(64)     NOT NULL,
  entry_id    BIGINT       NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY ux_dues_idempotency_key (tenant_id, idem_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Cash a collector handed to someone else (a treasurer), to reconcile with what they recorded.
CREATE TABLE dues_handover (
  id                    BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id             BIGINT      NOT NULL,
  collector_account_id  BIGINT      NOT NULL,
  handed_on             DATE        NOT NULL,
  currency              CHAR(3)     NOT NULL,
  amount_minor          BIGINT      NOT NULL,
  received_by           BIGINT      NOT NULL,
  recorded_at           DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_dues_handover_day (tenant_id, handed_on, collector_account_id),
  CONSTRAINT ck_dues_handover_amount CHECK (amount_minor > 0),
  CONSTRAINT ck_dues_handover_currency CHECK (currency IN ('KHR', 'USD'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

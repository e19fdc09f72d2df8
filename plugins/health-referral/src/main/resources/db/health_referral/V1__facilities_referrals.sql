-- Health referral: the facility directory, referrals, and mistreatment recorded for advocacy.
-- tenant_id is filled and filtered by the persistence layer. No table of this module holds a
-- name: a member is the register's id (and code), a member's child a relation and a birth year,
-- anyone else a group. What a referral is for is sealed (sealed_category): for this population
-- "HIV treatment" is a status. Money is whole riel.

CREATE TABLE health_facility (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT       NOT NULL,
  name_km      VARCHAR(160) NOT NULL,
  name_en      VARCHAR(160) NOT NULL,
  kind         VARCHAR(24)  NOT NULL,
  place        VARCHAR(32)  NOT NULL,
  services     VARCHAR(200) NOT NULL,
  payment      VARCHAR(16)  NOT NULL,
  fee_riel     BIGINT       NULL,
  hours        VARCHAR(120) NULL,
  phone        VARCHAR(32)  NULL,
  active       BOOLEAN      NOT NULL DEFAULT TRUE,
  rating_count INT          NOT NULL DEFAULT 0,
  rating_sum   INT          NOT NULL DEFAULT 0,
  created_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_health_facility_name (tenant_id, active, name_en),
  CONSTRAINT fk_health_facility_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_health_facility_kind CHECK (kind IN ('national-hospital', 'referral-hospital', 'health-centre',
    'ngo-clinic', 'drop-in-centre', 'private-clinic', 'pharmacy')),
  CONSTRAINT ck_health_facility_payment CHECK (payment IN ('free', 'hef-id-poor', 'low-fee', 'full-fee')),
  -- a low fee names its amount; no other policy has one
  CONSTRAINT ck_health_facility_fee CHECK ((payment = 'low-fee' AND fee_riel IS NOT NULL AND fee_riel >= 0)
    OR (payment <> 'low-fee' AND fee_riel IS NULL)),
  CONSTRAINT ck_health_facility_ratings CHECK (rating_count >= 0 AND rating_sum BETWEEN rating_count AND 5 * rating_count)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE health_referral (
  id                    BIGINT         NOT NULL AUTO_INCREMENT,
  tenant_id             BIGINT         NOT NULL,
  slip_code             CHAR(8)        NOT NULL,
  person_kind           VARCHAR(12)    NOT NULL,
  member_id             BIGINT         NULL,
  member_code           VARCHAR(40)    NULL,
  child_relation        VARCHAR(12)    NULL,
  child_birth_year      SMALLINT       NULL,
  client_group          VARCHAR(16)    NULL,
  facility_id           BIGINT         NOT NULL,
  -- null once the member it was about is erased
  sealed_category       VARBINARY(255) NULL,
  urgency               VARCHAR(8)     NOT NULL,
  consent               VARCHAR(12)    NOT NULL,
  consent_at            DATETIME(6)    NULL,
  consent_by_account_id BIGINT         NULL,
  status                VARCHAR(16)    NOT NULL,
  status_at             DATETIME(6)    NOT NULL,
  created_at            DATETIME(6)    NOT NULL,
  referred_on           DATE           NULL,
  -- set while a follow-up is owed, cleared once it is done or the referral cancelled
  follow_up_due         DATE           NULL,
  not_attended_reason   VARCHAR(16)    NULL,
  outcome               VARCHAR(16)    NULL,
  followed_up_at        DATETIME(6)    NULL,
  escort_needed         BOOLEAN        NOT NULL DEFAULT FALSE,
  escort_account_id     BIGINT         NULL,
  transport_riel        BIGINT         NOT NULL DEFAULT 0,
  fee_asked_riel        BIGINT         NULL,
  fee_paid_riel         BIGINT         NULL,
  exemption             VARCHAR(12)    NULL,
  out_of_pocket_riel    BIGINT         NULL,
  rated                 BOOLEAN        NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  UNIQUE KEY uq_health_referral_slip (slip_code),
  KEY ix_health_referral_list (tenant_id, id),
  KEY ix_health_referral_status (tenant_id, status, id),
  KEY ix_health_referral_follow_up (tenant_id, follow_up_due, id),
  KEY ix_health_referral_member (tenant_id, member_id),
  KEY ix_health_referral_facility (tenant_id, facility_id),
  CONSTRAINT fk_health_referral_facility FOREIGN KEY (facility_id) REFERENCES health_facility (id),
  CONSTRAINT ck_health_referral_person_kind CHECK (person_kind IN ('member', 'child', 'non-member')),
  CONSTRAINT ck_health_referral_person CHECK (
    (person_kind = 'member' AND client_group IS NULL AND child_relation IS NULL AND child_birth_year IS NULL)
    OR (person_kind = 'child' AND client_group IS NULL AND child_relation IN ('daughter', 'son', 'other-child')
        AND child_birth_year IS NOT NULL)
    OR (person_kind = 'non-member' AND member_id IS NULL AND member_code IS NULL AND child_relation IS NULL
        AND child_birth_year IS NULL AND client_group IN ('walk-in', 'poor-family', 'student', 'other'))),
  CONSTRAINT ck_health_referral_urgency CHECK (urgency IN ('routine', 'soon', 'urgent')),
  CONSTRAINT ck_health_referral_consent CHECK (consent IN ('pending', 'given', 'refused', 'withdrawn')),
  CONSTRAINT ck_health_referral_status
    CHECK (status IN ('proposed', 'referred', 'attended', 'not-attended', 'cancelled', 'followed-up')),
  -- no referral is made without consent: what the workflow checks, the table holds too (consent
  -- withdrawn after the visit leaves the visit on record)
  CONSTRAINT ck_health_referral_made_with_consent CHECK (status IN ('proposed', 'cancelled') OR consent = 'given'
    OR (consent = 'withdrawn' AND status IN ('attended', 'not-attended', 'followed-up'))),
  CONSTRAINT ck_health_referral_reason CHECK (not_attended_reason IS NULL OR not_attended_reason IN
    ('cost', 'transport', 'fear-of-police', 'discrimination', 'work-hours', 'childcare', 'other')),
  CONSTRAINT ck_health_referral_outcome CHECK (outcome IS NULL OR outcome IN
    ('service-received', 'referred-on', 'refused-service', 'asked-to-pay')),
  CONSTRAINT ck_health_referral_exemption CHECK (exemption IS NULL OR exemption IN
    ('hef', 'id-poor', 'ngo-free', 'none')),
  CONSTRAINT ck_health_referral_money CHECK (transport_riel >= 0 AND COALESCE(fee_asked_riel, 0) >= 0
    AND COALESCE(fee_paid_riel, 0) >= 0 AND COALESCE(out_of_pocket_riel, 0) >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE health_mistreatment (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT      NOT NULL,
  referral_id BIGINT      NOT NULL,
  kind        VARCHAR(24) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_health_mistreatment (referral_id, kind),
  KEY ix_health_mistreatment_tenant (tenant_id, referral_id),
  CONSTRAINT fk_health_mistreatment_referral FOREIGN KEY (referral_id) REFERENCES health_referral (id),
  CONSTRAINT ck_health_mistreatment_kind CHECK (kind IN ('refused-care', 'informal-payment', 'insulted-or-judged',
    'confidentiality-broken', 'police-called'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Organising: workplaces, the outreach log, the materials stock, events and campaigns.
-- tenant_id is filled and filtered by the persistence layer. No table holds a name or an address:
-- a workplace is a kind, a khan or province and a sangkat; people reached are counts; a member is
-- the register's id, and which workplace she is linked to is sealed (sealed_workplace).

CREATE TABLE org_workplace (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id      BIGINT       NOT NULL,
  label          VARCHAR(60)  NOT NULL,
  kind           VARCHAR(24)  NOT NULL,
  place          VARCHAR(32)  NOT NULL,
  sangkat        VARCHAR(80)  NULL,
  owner_attitude VARCHAR(12)  NOT NULL,
  raid_frequency VARCHAR(12)  NOT NULL,
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_org_workplace_label (tenant_id, active, label),
  CONSTRAINT fk_org_workplace_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_org_workplace_kind CHECK (kind IN ('karaoke-ktv', 'massage', 'beer-garden-restaurant', 'guesthouse',
    'street-park', 'online', 'freelance', 'other')),
  CONSTRAINT ck_org_workplace_attitude CHECK (owner_attitude IN ('supportive', 'neutral', 'hostile', 'unknown')),
  CONSTRAINT ck_org_workplace_raids CHECK (raid_frequency IN ('never', 'rarely', 'monthly', 'weekly', 'unknown'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_workplace_link (
  id                    BIGINT         NOT NULL AUTO_INCREMENT,
  tenant_id             BIGINT         NOT NULL,
  member_id             BIGINT         NOT NULL,
  sealed_workplace      VARBINARY(255) NOT NULL,
  -- a link exists only with the member's consent: when and who recorded it
  consent_at            DATETIME(6)    NOT NULL,
  consent_by_account_id BIGINT         NOT NULL,
  PRIMARY KEY (id),
  KEY ix_org_workplace_link_member (tenant_id, member_id),
  CONSTRAINT fk_org_workplace_link_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_visit (
  id                     BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id              BIGINT       NOT NULL,
  visited_on             DATE         NOT NULL,
  workplace_id           BIGINT       NULL,
  place                  VARCHAR(32)  NOT NULL,
  members_new            INT          NOT NULL,
  members_returning      INT          NOT NULL,
  others_new             INT          NOT NULL,
  others_returning       INT          NOT NULL,
  invited                INT          NOT NULL,
  materials              VARCHAR(200) NOT NULL,
  raids                  BOOLEAN      NOT NULL,
  violence               BOOLEAN      NOT NULL,
  unpaid_wages           BOOLEAN      NOT NULL,
  health                 BOOLEAN      NOT NULL,
  recorded_by_account_id BIGINT       NOT NULL,
  created_at             DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_org_visit_day (tenant_id, visited_on),
  CONSTRAINT fk_org_visit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_org_visit_workplace FOREIGN KEY (workplace_id) REFERENCES org_workplace (id),
  CONSTRAINT ck_org_visit_counts CHECK (members_new >= 0 AND members_returning >= 0 AND others_new >= 0
    AND others_returning >= 0 AND invited >= 0 AND invited <= others_new + others_returning)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_stock (
  id        BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id BIGINT      NOT NULL,
  kind      VARCHAR(24) NOT NULL,
  received  BIGINT      NOT NULL,
  given_out BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_org_stock_kind (tenant_id, kind),
  CONSTRAINT fk_org_stock_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  -- what is left never goes below zero
  CONSTRAINT ck_org_stock_left CHECK (given_out >= 0 AND given_out <= received)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_stock_receipt (
  id                     BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id              BIGINT       NOT NULL,
  kind                   VARCHAR(24)  NOT NULL,
  quantity               INT          NOT NULL,
  received_on            DATE         NOT NULL,
  source                 VARCHAR(120) NULL,
  recorded_by_account_id BIGINT       NOT NULL,
  created_at             DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_org_stock_receipt_day (tenant_id, received_on),
  CONSTRAINT fk_org_stock_receipt_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_org_stock_receipt_quantity CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_material_given (
  id        BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id BIGINT      NOT NULL,
  source    VARCHAR(8)  NOT NULL,
  source_id BIGINT      NOT NULL,
  kind      VARCHAR(24) NOT NULL,
  quantity  INT         NOT NULL,
  given_on  DATE        NOT NULL,
  PRIMARY KEY (id),
  KEY ix_org_material_given_day (tenant_id, given_on),
  CONSTRAINT fk_org_material_given_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_org_material_given CHECK (source IN ('visit', 'event') AND quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_campaign (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id  BIGINT       NOT NULL,
  name_km    VARCHAR(160) NOT NULL,
  name_en    VARCHAR(160) NOT NULL,
  starts_on  DATE         NOT NULL,
  ends_on    DATE         NULL,
  created_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_org_campaign_start (tenant_id, starts_on),
  CONSTRAINT fk_org_campaign_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_org_campaign_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_event (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id     BIGINT       NOT NULL,
  kind          VARCHAR(24)  NOT NULL,
  held_on       DATE         NOT NULL,
  place         VARCHAR(32)  NOT NULL,
  partners      VARCHAR(200) NULL,
  campaign_id   BIGINT       NULL,
  members_count INT          NOT NULL DEFAULT 0,
  others_count  INT          NOT NULL,
  materials     VARCHAR(200) NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_org_event_day (tenant_id, held_on),
  KEY ix_org_event_campaign (tenant_id, campaign_id),
  CONSTRAINT fk_org_event_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_org_event_campaign FOREIGN KEY (campaign_id) REFERENCES org_campaign (id),
  CONSTRAINT ck_org_event_kind CHECK (kind IN ('forum', 'training', 'concert', 'public-forum', 'exchange-visit',
    'meeting-authorities')),
  CONSTRAINT ck_org_event_counts CHECK (members_count >= 0 AND others_count >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_event_attendance (
  id        BIGINT NOT NULL AUTO_INCREMENT,
  tenant_id BIGINT NOT NULL,
  event_id  BIGINT NOT NULL,
  member_id BIGINT NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_org_event_attendance (tenant_id, event_id, member_id),
  KEY ix_org_event_attendance_member (tenant_id, member_id),
  CONSTRAINT fk_org_event_attendance_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_org_event_attendance_event FOREIGN KEY (event_id) REFERENCES org_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

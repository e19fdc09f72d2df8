-- Dues payments. Amounts are whole minor units (sen, cents); no personal data in this table.
-- tenant_id is filled and filtered by the persistence layer, never by the module.

CREATE TABLE dues_payment (
  id            BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id     BIGINT      NOT NULL,
  amount_minor  BIGINT      NOT NULL,
  currency      CHAR(3)     NOT NULL,
  paid_on       DATE        NOT NULL,
  recorded_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_dues_payment_tenant (tenant_id, id),
  KEY ix_dues_payment_paid (tenant_id, paid_on, id),
  CONSTRAINT fk_dues_payment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_dues_payment_amount CHECK (amount_minor > 0 AND amount_minor <= 1000000000),
  CONSTRAINT ck_dues_payment_currency CHECK (currency IN ('KHR', 'USD'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

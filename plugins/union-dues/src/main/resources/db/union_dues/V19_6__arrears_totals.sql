-- The arrears totals per chapter, kept up to date by every change to an enrolment in the same
-- transaction (issue 19 item 6): members in arrears are grouped by what decides what they owe
-- (chapter, plan terms, first month not covered), so "totals by chapter" reads a few rows per
-- chapter and month instead of grouping every enrolment on each call. part_paid_minor is the sum
-- of each member's paid_minor modulo the period's price (the part of the next period paid).
-- A key may have more than one row (two first writers of a key); readers always SUM them.
CREATE TABLE dues_arrears_total (
  id               BIGINT   NOT NULL AUTO_INCREMENT,
  tenant_id        BIGINT   NOT NULL,
  chapter_id       BIGINT   NULL,
  plan_id          BIGINT   NOT NULL,
  currency         CHAR(3)  NOT NULL,
  period_months    INT      NOT NULL,
  amount_minor     BIGINT   NOT NULL,
  covered_until    INT      NOT NULL,
  members          BIGINT   NOT NULL,
  part_paid_minor  BIGINT   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_dues_arrears_total_key (tenant_id, plan_id, covered_until, chapter_id),
  KEY ix_dues_arrears_total_month (tenant_id, covered_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO dues_arrears_total (tenant_id, chapter_id, plan_id, currency, period_months, amount_minor,
    covered_until, members, part_paid_minor)
  SELECT tenant_id, chapter_id, plan_id, currency, period_months, amount_minor, covered_until, COUNT(*),
      SUM(MOD(paid_minor, amount_minor))
  FROM dues_enrolment WHERE member_id IS NOT NULL
  GROUP BY tenant_id, chapter_id, plan_id, currency, period_months, amount_minor, covered_until;

-- How many referrals are owed a follow-up, by due date: what the follow-up queue says it holds
-- (X-Total-Count) and the home screen's overdue count, summed over a few rows per date instead of
-- counted over every referral owed (issue 15: 50,000 index entries per queue page).
-- Kept exact by the module in the transaction that changes a referral's follow_up_due
-- (followup.FollowUpCounts), never by a trigger. A date has about 8 rows ("slots"), each made by
-- the change that first wrote it, under a key only that change has (2 x the referral's id when
-- its follow-up was set, + 1 when it was cleared): two referrals made the same day seldom wait for
-- the same row, and no two writers ever insert the same key. One row's owed may go below zero; a
-- date's sum is the number of referrals owed then.
CREATE TABLE health_follow_up_count (
  tenant_id BIGINT NOT NULL,
  due       DATE   NOT NULL,
  slot      BIGINT NOT NULL,
  owed      INT    NOT NULL,
  PRIMARY KEY (tenant_id, due, slot)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the referrals owed today, one row per tenant and date (the server is not serving yet)
INSERT INTO health_follow_up_count (tenant_id, due, slot, owed)
  SELECT tenant_id, follow_up_due, 2 * MIN(id), COUNT(*) FROM health_referral
  WHERE follow_up_due IS NOT NULL GROUP BY tenant_id, follow_up_due;

-- One row per module job, organisation and day that a node has claimed: the primary key lets only
-- one node of the cluster run a daily job at an organisation on a day.
CREATE TABLE daily_job_run (
  job       VARCHAR(120) NOT NULL,
  tenant_id BIGINT       NOT NULL,
  run_on    DATE         NOT NULL,
  PRIMARY KEY (job, tenant_id, run_on),
  CONSTRAINT fk_daily_job_run_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The answers given to POSTs sent with an Idempotency-Key, per tenant and account, for 24 hours:
-- a repeat gets the stored answer (its body sealed under the master key) instead of a second run.
CREATE TABLE idempotent_answer (
  tenant_id    BIGINT       NOT NULL,
  account_id   BIGINT       NOT NULL,
  idem_key     VARCHAR(100) NOT NULL,
  request_hash CHAR(64)     NOT NULL,
  status       SMALLINT     NOT NULL,
  content_type VARCHAR(100) NULL,
  location     VARCHAR(500) NULL,
  sealed_body  MEDIUMBLOB   NULL,
  created_at   TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (tenant_id, account_id, idem_key),
  KEY ix_idempotent_answer_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Work that one node of a cluster does at a time (a key rotation, the demo's seeding): a node
-- claims the row with SELECT ... FOR UPDATE, a row lock Galera keeps (GET_LOCK it does not).
CREATE TABLE once_claim (
  name       VARCHAR(120) NOT NULL PRIMARY KEY,
  node       VARCHAR(120) NULL,
  claimed_at TIMESTAMP(6) NULL,
  done_at    TIMESTAMP(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each organisation's key rotations and how far the re-sealing came: any node answers it, and the
-- node that takes over after a crash goes on from the last stored step.
CREATE TABLE key_rotation_run (
  org_id      BIGINT       NOT NULL,
  version     INT          NOT NULL,
  state       VARCHAR(16)  NOT NULL,
  total       BIGINT       NOT NULL,
  done        BIGINT       NOT NULL,
  store_index INT          NOT NULL,
  after_id    BIGINT       NOT NULL,
  actor_id    BIGINT       NOT NULL,
  node        VARCHAR(120) NULL,
  heartbeat   TIMESTAMP(6) NOT NULL,
  started_at  TIMESTAMP(6) NOT NULL,
  ended_at    TIMESTAMP(6) NULL,
  PRIMARY KEY (org_id, version),
  CONSTRAINT fk_key_rotation_run_org FOREIGN KEY (org_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

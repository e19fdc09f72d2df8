-- Governance: elections and motions, the roll of eligible voters, the tally and paper ballot boxes.
-- Secrecy by construction: gov_voter says whether a member voted, gov_tally holds only counters
-- (per choice, spread over random shards), so no row is ever written per ballot. Neither table has
-- an AUTO_INCREMENT column, a time or an account; both are made in full when a vote opens, so
-- their physical order (the clustered primary key) owes nothing to the order of voting.
-- tenant_id is filled and filtered by the persistence layer, never by the module.

CREATE TABLE gov_election (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id        BIGINT        NOT NULL,
  kind             VARCHAR(10)   NOT NULL,
  title_km         VARCHAR(300)  NOT NULL,
  title_en         VARCHAR(300)  NOT NULL,
  seats            INT           NOT NULL,
  chapter_id       BIGINT        NULL,
  chapter_slug     VARCHAR(64)   NULL,
  opens_at         DATETIME(6)   NOT NULL,
  closes_at        DATETIME(6)   NOT NULL,
  status           VARCHAR(10)   NOT NULL,
  opened_on        DATE          NULL,
  standing_checked BOOLEAN       NOT NULL DEFAULT FALSE,
  eligible         INT           NOT NULL DEFAULT 0,
  not_in_standing  INT           NOT NULL DEFAULT 0,
  erased_eligible  INT           NOT NULL DEFAULT 0,
  erased_voted     INT           NOT NULL DEFAULT 0,
  scrubbed         BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_gov_election_tenant (tenant_id, closes_at),
  CONSTRAINT fk_gov_election_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_gov_election_kind CHECK (kind IN ('election', 'motion')),
  CONSTRAINT ck_gov_election_status CHECK (status IN ('draft', 'open')),
  CONSTRAINT ck_gov_election_times CHECK (closes_at > opens_at),
  CONSTRAINT ck_gov_election_seats CHECK (seats BETWEEN 1 AND 25)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A candidate (member_id, who accepted the nomination) or a motion's answer (yes, no, abstain).
CREATE TABLE gov_choice (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id     BIGINT        NOT NULL,
  election_id   BIGINT        NOT NULL,
  position      INT           NOT NULL,
  answer        VARCHAR(10)   NULL,
  member_id     BIGINT        NULL,
  accepted      BOOLEAN       NOT NULL DEFAULT FALSE,
  erased        BOOLEAN       NOT NULL DEFAULT FALSE,
  statement_km  VARCHAR(600)  NULL,
  statement_en  VARCHAR(600)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_gov_choice_member (election_id, member_id),
  KEY ix_gov_choice_tenant (tenant_id, election_id, position),
  CONSTRAINT fk_gov_choice_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_gov_choice_election FOREIGN KEY (election_id) REFERENCES gov_election (id),
  CONSTRAINT ck_gov_choice_answer CHECK (answer IS NULL OR answer IN ('yes', 'no', 'abstain'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The roll, fixed when the vote opens: one row per eligible member, whether they voted, and the
-- paper box they voted in (null online). No time, no account, no order of voting.
CREATE TABLE gov_voter (
  election_id   BIGINT   NOT NULL,
  member_id     BIGINT   NOT NULL,
  tenant_id     BIGINT   NOT NULL,
  voted         BOOLEAN  NOT NULL DEFAULT FALSE,
  paper_box_id  BIGINT   NULL,
  scrubbed      BOOLEAN  NOT NULL DEFAULT FALSE,
  PRIMARY KEY (election_id, member_id),
  KEY ix_gov_voter_member (tenant_id, member_id),
  KEY ix_gov_voter_box (paper_box_id),
  CONSTRAINT fk_gov_voter_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_gov_voter_election FOREIGN KEY (election_id) REFERENCES gov_election (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The ballots, as counters only: votes per choice (choice_id 0: ballots cast) in each of a fixed
-- number of shards, one chosen at random per ballot so that voters do not queue on one row.
CREATE TABLE gov_tally (
  election_id  BIGINT    NOT NULL,
  choice_id    BIGINT    NOT NULL,
  shard        SMALLINT  NOT NULL,
  tenant_id    BIGINT    NOT NULL,
  votes        BIGINT    NOT NULL DEFAULT 0,
  PRIMARY KEY (election_id, choice_id, shard),
  KEY ix_gov_tally_tenant (tenant_id, election_id),
  CONSTRAINT fk_gov_tally_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_gov_tally_election FOREIGN KEY (election_id) REFERENCES gov_election (id),
  CONSTRAINT ck_gov_tally_votes CHECK (votes >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A box of paper ballots from a meeting: entered by one official, confirmed by another who enters
-- the same counts again; only then added to the tally.
CREATE TABLE gov_paper_box (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id     BIGINT        NOT NULL,
  election_id   BIGINT        NOT NULL,
  ballots       INT           NOT NULL,
  entered_by    BIGINT        NOT NULL,
  entered_at    DATETIME(6)   NOT NULL,
  confirmed_by  BIGINT        NULL,
  confirmed_at  DATETIME(6)   NULL,
  PRIMARY KEY (id),
  KEY ix_gov_paper_box_tenant (tenant_id, election_id),
  CONSTRAINT fk_gov_paper_box_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_gov_paper_box_election FOREIGN KEY (election_id) REFERENCES gov_election (id),
  CONSTRAINT ck_gov_paper_box_two CHECK (confirmed_by IS NULL OR confirmed_by <> entered_by),
  CONSTRAINT ck_gov_paper_box_ballots CHECK (ballots >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE gov_paper_count (
  box_id      BIGINT  NOT NULL,
  choice_id   BIGINT  NOT NULL,
  tenant_id   BIGINT  NOT NULL,
  votes       INT     NOT NULL,
  PRIMARY KEY (box_id, choice_id),
  CONSTRAINT fk_gov_paper_count_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_gov_paper_count_box FOREIGN KEY (box_id) REFERENCES gov_paper_box (id),
  CONSTRAINT ck_gov_paper_count_votes CHECK (votes >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which lists of places (never people) an organisation shares with its network, and the rows the
-- network sees (a snapshot taken at publication and again at the first look of each day).
CREATE TABLE shared_list_publication (
  org_id        BIGINT       NOT NULL,
  list_id       VARCHAR(130) NOT NULL,
  published_by  BIGINT       NOT NULL,
  published_at  DATETIME(6)  NOT NULL,
  snapshot_rows LONGTEXT     NULL,
  snapshot_at   DATETIME(6)  NULL,
  PRIMARY KEY (org_id, list_id),
  CONSTRAINT fk_shared_list_publication_org FOREIGN KEY (org_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

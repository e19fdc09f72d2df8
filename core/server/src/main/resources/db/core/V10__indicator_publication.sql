-- Which indicators an organisation publishes to its network (aggregates only, small cells suppressed).
CREATE TABLE indicator_publication (
  org_id        BIGINT       NOT NULL,
  indicator_id  VARCHAR(130) NOT NULL,
  published_by  BIGINT       NOT NULL,
  published_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (org_id, indicator_id),
  CONSTRAINT fk_indicator_publication_org FOREIGN KEY (org_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

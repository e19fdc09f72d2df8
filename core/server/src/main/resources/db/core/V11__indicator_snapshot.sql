-- What the network sees of a published indicator: the table as it stood when it was taken (small
-- cells already suppressed), taken at publication and again at the first look of each month, so
-- that the network cannot watch the counts move request by request.
ALTER TABLE indicator_publication
  ADD COLUMN snapshot_cells TEXT        NULL,
  ADD COLUMN snapshot_total BIGINT      NULL,
  ADD COLUMN snapshot_at    DATETIME(6) NULL;

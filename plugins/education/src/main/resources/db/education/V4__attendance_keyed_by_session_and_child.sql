-- A mark is keyed by its session and its child, as the unique key already said: the module knows
-- the key before writing, so a session's marks go as one JDBC batch instead of one insert each
-- waiting for its generated id. The unique key becomes the primary key; nothing else changes.
ALTER TABLE edu_attendance
  DROP PRIMARY KEY,
  DROP COLUMN id,
  ADD PRIMARY KEY (session_id, child_id),
  DROP KEY uq_edu_attendance;

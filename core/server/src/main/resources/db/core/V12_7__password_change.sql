-- An admin's reset of a staff password leaves a temporary one that the holder must change at the
-- next login; until then the account's sessions may only change the password (issue 13, item 7).
-- The version number leaves V12 free for other work of the same issue.
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

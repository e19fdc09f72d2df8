-- The register's first page (an organisation's newest members) walks this index backwards and
-- stops after a page; without it, every page sorted all of the organisation's members
-- (bench/register.sh: 10,000 members).
CREATE INDEX ix_member_org_id ON member (org_id, id);

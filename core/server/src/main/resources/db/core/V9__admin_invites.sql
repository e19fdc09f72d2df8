-- Invites now also bring in a tenant's admin (one use each): 'member' invites register members as
-- before; 'admin' invites are issued by the tenant's own admins; 'first-admin' invites by whoever
-- created the tenant, valid only while the tenant has no account at all.
ALTER TABLE invite ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'member';
ALTER TABLE invite ADD CONSTRAINT ck_invite_kind CHECK (kind IN ('member', 'admin', 'first-admin'));

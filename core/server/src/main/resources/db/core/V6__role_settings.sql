-- A tenant admin's own permission set for a role, replacing the defaults (or what the nodes above
-- set) for grants held at this tenant and below. Permissions are space-separated catalogue names.
CREATE TABLE role_setting (
  tenant_id    BIGINT        NOT NULL,
  role         VARCHAR(32)   NOT NULL,
  permissions  VARCHAR(8000) NOT NULL,
  changed_by   BIGINT        NOT NULL,
  changed_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (tenant_id, role),
  CONSTRAINT fk_role_setting_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- Chapter lockdown: the first admin's request to lift it waits here for a second admin.
CREATE TABLE lockdown_lift (
  tenant_id     BIGINT      NOT NULL,
  requested_by  BIGINT      NOT NULL,
  requested_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id),
  CONSTRAINT fk_lockdown_lift_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_lockdown_lift_account FOREIGN KEY (requested_by) REFERENCES account (id)
) ENGINE=InnoDB;

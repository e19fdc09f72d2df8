-- A counter that moves whenever something a permission check or a session depends on changes:
-- a session ends, an account or a tenant changes, a grant or a role setting changes. Servers keep
-- what they looked up for a token only while the counter stands still, and read the counter on
-- every request, so a revocation holds on every server from the next request on. Triggers, not
-- application code, move it, so no way of changing these tables can forget to.
CREATE TABLE security_epoch (
  id  TINYINT NOT NULL,
  n   BIGINT  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

INSERT INTO security_epoch (id, n) VALUES (1, 0);

CREATE TRIGGER security_epoch_session_ended AFTER DELETE ON auth_session FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

CREATE TRIGGER security_epoch_account_changed AFTER UPDATE ON account FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

CREATE TRIGGER security_epoch_account_removed AFTER DELETE ON account FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

CREATE TRIGGER security_epoch_tenant_changed AFTER UPDATE ON tenant FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

CREATE TRIGGER security_epoch_tenant_removed AFTER DELETE ON tenant FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

CREATE TRIGGER security_epoch_grant_added AFTER INSERT ON role_grant FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

CREATE TRIGGER security_epoch_grant_changed AFTER UPDATE ON role_grant FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

CREATE TRIGGER security_epoch_grant_removed AFTER DELETE ON role_grant FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

CREATE TRIGGER security_epoch_setting_added AFTER INSERT ON role_setting FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

CREATE TRIGGER security_epoch_setting_changed AFTER UPDATE ON role_setting FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

CREATE TRIGGER security_epoch_setting_removed AFTER DELETE ON role_setting FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

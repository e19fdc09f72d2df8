-- Switching a module on or off moves the security epoch, as a changed grant does: a server then
-- keeps, per token and epoch, whether a module is on where the token's requests go (see
-- CurrentCaller.remembered), and a switch made on any server holds on every server from the next
-- request on, where each module request used to read the switch from the database.
CREATE TRIGGER security_epoch_module_switch_added AFTER INSERT ON tenant_module FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

CREATE TRIGGER security_epoch_module_switch_changed AFTER UPDATE ON tenant_module FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

CREATE TRIGGER security_epoch_module_switch_removed AFTER DELETE ON tenant_module FOR EACH ROW
  UPDATE security_epoch SET n = n + 1 WHERE id = 1;

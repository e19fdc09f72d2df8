-- A suspended member's login is closed with them (refused like a wrong password, sessions ended)
-- and opened again when they are taken back. Members suspended before this change get the same.
UPDATE account a JOIN member m ON m.account_id = a.id
  SET a.status = 'suspended'
  WHERE m.status = 'suspended' AND a.status = 'active';

DELETE s FROM auth_session s JOIN account a ON a.id = s.account_id
  WHERE a.status = 'suspended';

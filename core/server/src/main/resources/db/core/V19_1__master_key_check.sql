-- One row: a value computed from the master key (never the key), so that a node started with
-- another key refuses to start instead of sealing values that the other nodes cannot open.
CREATE TABLE master_key_check (
  id TINYINT NOT NULL,
  check_value CHAR(64) NOT NULL,
  made_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_master_key_check_one_row CHECK (id = 1)
) DEFAULT CHARSET=ascii;

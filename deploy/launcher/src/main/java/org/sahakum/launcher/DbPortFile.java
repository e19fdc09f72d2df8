package org.sahakum.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code SAHAKUM_DATA_DIR/db.port}: where the running launcher's embedded MariaDB listens, so that
 * {@code bin/sahakum verify-audit} reads that database instead of starting a second server on
 * the same files. Written once the database is up, removed at shutdown. It holds the launcher's
 * process id too: a file left behind by a killed launcher names a process that is gone.
 */
final class DbPortFile {
  static final String NAME = "db.port";

  private DbPortFile() {}

  /** Records {@code port}, owned by process {@code owner}: the launcher, or bin/sahakum once it watches the server. */
  static void write(Path dataDir, int port, long owner) throws IOException {
    Path file = dataDir.resolve(NAME);
    Path partial = dataDir.resolve(NAME + ".partial");
    Files.writeString(partial, "port=" + port + "\npid=" + owner + "\n");
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Removes the file if this process wrote it; a file of another launcher stays. */
  static void deleteOwn(Path dataDir) throws IOException {
    Path file = dataDir.resolve(NAME);
    if (Files.isRegularFile(file) && read(file).pid() == ProcessHandle.current().pid()) {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The port of the embedded database of a launcher that is still running; empty when there is
   * no file or its launcher is gone.
   */
  static Optional<Integer> livePort(Path dataDir) throws IOException {
    return liveEntry(dataDir).map(Entry::port);
  }

  /** The running launcher or bin/sahakum that owns the embedded database of {@code dataDir}, if any. */
  static Optional<ProcessHandle> liveOwner(Path dataDir) {
    try {
      return liveEntry(dataDir).flatMap(entry -> ProcessHandle.of(entry.pid()));
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  /** The file's entry while the process it names runs; empty when there is no file or that process is gone. */
  private static Optional<Entry> liveEntry(Path dataDir) throws IOException {
    Path file = dataDir.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Entry entry = read(file);
    return ProcessHandle.of(entry.pid()).filter(ProcessHandle::isAlive).map(alive -> entry);
  }

  private record Entry(int port, long pid) {}

  private static Entry read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = new StringReader(Files.readString(file))) {
      p.load(r);
    }
    try {
      return new Entry(Integer.parseInt(p.getProperty("port", "")), Long.parseLong(p.getProperty("pid", "")));
    } catch (NumberFormatException e) {
      throw new IOException(file + " is not a port file written by the launcher");
    }
  }
}

package org.sahakum.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The running server handed over to {@code bin/sahakum}. A JVM that only waits for its children
 * held 66 MB resident on a small host (its class data, compiled code and heap); so once the server
 * is ready the launcher writes down what runs (the server's and the embedded database's process
 * ids, the port file to remove at the end) and exits, and the script, a shell of a few MB, watches
 * and stops them. The script names itself in {@code SAHAKUM_SUPERVISOR_PID} and the file to write
 * in {@code SAHAKUM_HANDOVER_FILE}; without them the launcher watches and stops the server itself.
 */
record HandOver(long supervisorPid, Path file) {
  static final String SUPERVISOR_PID = "SAHAKUM_SUPERVISOR_PID";
  static final String FILE = "SAHAKUM_HANDOVER_FILE";

  /** The hand-over the script asks for, if it does (both variables set and well formed). */
  static Optional<HandOver> requested(Map<String, String> environment) {
    String pid = environment.getOrDefault(SUPERVISOR_PID, "").strip();
    String file = environment.getOrDefault(FILE, "").strip();
    if (!pid.matches("[0-9]{1,19}") || file.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new HandOver(Long.parseLong(pid), Path.of(file)));
  }

  /**
   * Writes what the script needs to watch and stop: {@code server=PID}, {@code database=PID} (the
   * embedded one only) and {@code portfile=PATH}, one per line, then the script reads it.
   */
  void write(long serverPid, OptionalLong databasePid, Path portFile) throws IOException {
    StringBuilder lines = new StringBuilder("server=").append(serverPid).append('\n');
    databasePid.ifPresent(pid -> lines.append("database=").append(pid).append('\n'));
    lines.append("portfile=").append(portFile.toAbsolutePath()).append('\n');
    // whole or not at all: a file that named the server but not yet its database would leave the database running
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.writeString(partial, lines, StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}

package org.sahakum.launcher;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code bin/sahakum backup FILE}: a consistent copy of the whole database ({@code mariadb-dump
 * --single-transaction}: one snapshot, while the server keeps serving), encrypted as it is
 * written ({@link EncryptedBackup}) with a key derived from the master key, which is never put
 * beside it. The file appears only once it is complete. Exit codes: 0 written, 2 not written.
 */
final class BackupCommand {
  static final String NAME = "backup";
  static final String USAGE = "usage: bin/sahakum backup FILE";
  static final int WRITTEN = 0;
  static final int FAILED = 2;

  private BackupCommand() {}

  static int run(Settings settings, List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 1 || args.get(0).isBlank() || args.get(0).startsWith("-")) {
      err.println(USAGE);
      return FAILED;
    }
    Path file = Path.of(args.get(0)).toAbsolutePath().normalize();
    byte[] masterKey = null;
    try {
      if (Files.exists(file)) {
        throw new CommandFailure(file + " exists already: a backup never overwrites a file");
      }
      masterKey = MasterKeyFile.read(settings, "the backup is encrypted with a key derived from it");
      long started = System.nanoTime();
      try (CommandDatabase db = CommandDatabase.open(settings, err)) {
        Path tool = MariadbTools.find(settings, "mariadb-dump", "mysqldump");
        long bytes = dump(tool, db.endpoint(), file, masterKey, err);
        out.printf("sahakum: backup written to %s (%.1f MB encrypted, %.0f s)%n", file, bytes / 1e6,
            (System.nanoTime() - started) / 1e9);
        out.println("sahakum: it opens only with this master key (" + settings.masterKeyFile()
            + "): keep a copy of the key apart from the backups; restore with bin/sahakum restore " + file);
        return WRITTEN;
      }
    } catch (CommandFailure e) {
      err.println("sahakum backup: " + e.getMessage());
      return FAILED;
    } finally {
      if (masterKey != null) {
        Arrays.fill(masterKey, (byte) 0);
      }
    }
  }

  private static long dump(Path tool, CommandDatabase.Endpoint endpoint, Path file, byte[] masterKey, PrintStream err)
      throws CommandFailure {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    List<String> options = List.of("--single-transaction", "--quick", "--hex-blob", "--routines", "--triggers",
        "--skip-lock-tables", "--no-tablespaces");
    try (MariadbTools.Run run = MariadbTools.start(tool, endpoint, options)) {
      Process dump = run.process();
      dump.getOutputStream().close();
      CompletableFuture<byte[]> stderr = MariadbTools.errors(dump);
      long bytes;
      try (OutputStream sealed = open(partial, masterKey);
          OutputStream plain = new DefinerFreeOutput(new BufferedOutputStream(sealed, 1 << 16))) {
        bytes = copyWithProgress(dump.getInputStream(), plain, err);
      }
      int exit = dump.waitFor();
      if (exit != 0) {
        Files.deleteIfExists(partial);
        throw new CommandFailure(tool.getFileName() + " failed (exit " + exit + "): " + MariadbTools.lastWords(stderr.join()));
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      return Files.size(file);
    } catch (FileAlreadyExistsException e) {
      throw new CommandFailure(partial + " exists: another backup may be under way (remove it if not)");
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new CommandFailure("the backup could not be written: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      deleteQuietly(partial);
      throw new CommandFailure("interrupted");
    }
  }

  private static OutputStream open(Path partial, byte[] masterKey) throws IOException {
    Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    return EncryptedBackup.writing(Files.newOutputStream(partial, StandardOpenOption.WRITE), masterKey);
  }

  /** Copies, saying every 10 seconds how far it got: a large database takes minutes. */
  static long copyWithProgress(InputStream in, OutputStream out, PrintStream err) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    long said = System.nanoTime();
    for (int n; (n = in.read(buffer)) != -1; ) {
      out.write(buffer, 0, n);
      total += n;
      if (System.nanoTime() - said > 10_000_000_000L) {
        err.printf("sahakum: %.0f MB so far%n", total / 1e6);
        said = System.nanoTime();
      }
    }
    return total;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the message above says what failed; a stale .partial is named at the next try
    }
  }
}

package org.sahakum.launcher;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code bin/sahakum restore FILE}: puts a backup of {@link BackupCommand} into an empty database
 * (a fresh {@code SAHAKUM_DATA_DIR}, or a new external database), with the same master key as the
 * one it was made with. The whole file is checked before the database is touched, so a damaged or
 * foreign backup changes nothing; afterwards the rows of each table are counted and every audit
 * chain is verified. Exit codes: 0 restored and every chain intact, 1 restored but a chain broken,
 * 2 not restored.
 */
final class RestoreCommand {
  static final String NAME = "restore";
  static final String USAGE = "usage: bin/sahakum restore FILE";
  static final int RESTORED = 0;
  static final int CHAIN_BROKEN = 1;
  static final int FAILED = 2;

  private RestoreCommand() {}

  static int run(Settings settings, List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 1 || args.get(0).isBlank() || args.get(0).startsWith("-")) {
      err.println(USAGE);
      return FAILED;
    }
    Path file = Path.of(args.get(0)).toAbsolutePath().normalize();
    byte[] masterKey = null;
    try {
      if (!Files.isRegularFile(file)) {
        throw new CommandFailure("no backup at " + file);
      }
      masterKey = MasterKeyFile.read(settings, "a backup opens only with the master key it was made with");
      long plainBytes = check(file, masterKey);
      out.printf("sahakum: the backup is whole and opens with this master key (%.1f MB of SQL)%n", plainBytes / 1e6);
      try (CommandDatabase db = CommandDatabase.open(settings, err, CommandDatabase.Embedded.MAY_BE_NEW)) {
        refuseUnlessEmpty(db);
        load(MariadbTools.find(settings, "mariadb", "mysql"), db.endpoint(), file, masterKey, err);
        List<String> tables = tables(db.connection());
        long rows = 0;
        for (String table : tables) {
          rows += count(db.connection(), table);
        }
        out.printf("sahakum: restored %d tables, %d rows%n", tables.size(), rows);
        int verdict = new AuditTrailCheck(db.connection(), MasterKeyFile.chainKey(settings), out).run(Optional.empty());
        return verdict == VerifyAuditCommand.ALL_INTACT ? RESTORED : CHAIN_BROKEN;
      }
    } catch (CommandFailure e) {
      err.println("sahakum restore: " + e.getMessage());
      return FAILED;
    } catch (SQLException e) {
      err.println("sahakum restore: the restored database could not be read back: " + e.getMessage());
      return FAILED;
    } finally {
      if (masterKey != null) {
        Arrays.fill(masterKey, (byte) 0);
      }
    }
  }

  /** Reads the whole backup once, opening every part, and answers its plain size. */
  private static long check(Path file, byte[] masterKey) throws CommandFailure {
    try (InputStream in = EncryptedBackup.reading(new BufferedInputStream(Files.newInputStream(file), 1 << 16), masterKey)) {
      return in.transferTo(OutputStream.nullOutputStream());
    } catch (EncryptedBackup.Unreadable e) {
      throw new CommandFailure(e.getMessage() + "; nothing was restored");
    } catch (IOException e) {
      throw new CommandFailure("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static void refuseUnlessEmpty(CommandDatabase db) throws CommandFailure, SQLException {
    if (db.servesARunningServer()) {
      throw new CommandFailure("a server is running on this data folder: restore fills an empty database, stop the server "
          + "and give restore a fresh SAHAKUM_DATA_DIR");
    }
    int tables = tables(db.connection()).size();
    if (tables > 0) {
      throw new CommandFailure("the database " + db.endpoint().database() + " holds " + tables + " tables already: restore "
          + "goes into an empty database only (a fresh SAHAKUM_DATA_DIR, or a new external database)");
    }
  }

  private static void load(Path tool, CommandDatabase.Endpoint endpoint, Path file, byte[] masterKey, PrintStream err)
      throws CommandFailure {
    try (MariadbTools.Run run = MariadbTools.start(tool, endpoint, List.of("--batch"));
        InputStream in = EncryptedBackup.reading(new BufferedInputStream(Files.newInputStream(file), 1 << 16), masterKey)) {
      Process client = run.process();
      client.getInputStream().close();
      CompletableFuture<byte[]> stderr = MariadbTools.errors(client);
      try (OutputStream sql = client.getOutputStream()) {
        BackupCommand.copyWithProgress(in, sql, err);
      } catch (IOException e) {
        // the client stopped reading: its own message below says why
      }
      int exit = client.waitFor();
      if (exit != 0) {
        throw new CommandFailure(tool.getFileName() + " stopped (exit " + exit + "): " + MariadbTools.lastWords(stderr.join())
            + "; the database may now hold part of the backup: empty it before trying again");
      }
    } catch (IOException e) {
      throw new CommandFailure("the backup could not be loaded: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailure("interrupted");
    }
  }

  static List<String> tables(Connection c) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT table_name FROM information_schema.tables "
        + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
    }
    return names;
  }

  /** The rows of a table named by the database itself (see {@link #tables}), checked to be a plain name. */
  static long count(Connection c, String table) throws SQLException {
    if (!table.matches("[A-Za-z0-9_]+")) {
      throw new SQLException("unexpected table name");
    }
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
      r.next();
      return r.getLong(1);
    }
  }
}

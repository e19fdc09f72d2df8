import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording's CPU went (bench/peer-logins.sh with BENCH_PROFILE=1):
 * {@code java bench/JfrTop.java FILE.jfr [module-write|ballot]}. Prints the share of execution
 * samples whose stack holds each part of a login, of a module's write (bench/attendance.sh) or of a
 * ballot (bench/election.sh with BENCH_JFR; a sample counts once, for the first part its stack
 * holds), the methods most often on top, and the garbage collector's pauses.
 */
public class JfrTop {
  /** Parts of a login, by a fragment of a frame's class and method name; the first match counts. */
  static final Map<String, String> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put("password check against the dummy (unknown account)", "PasswordHasher.verifyAgainstDummy");
    PARTS.put("argon2id (the hash itself)", "rgon2");
    PARTS.put("login throttle", "auth.throttle.");
    PARTS.put("session write", "auth.Sessions.");
    PARTS.put("audit entry", "core.audit.");
    PARTS.put("account and tenant look-up", "auth.Accounts.");
    PARTS.put("JSON (JSON-B, Yasson)", "yasson");
    PARTS.put("JPA (EclipseLink)", "org.eclipse.persistence");
    PARTS.put("JDBC (MariaDB driver)", "org.mariadb");
  }

  /**
   * With {@code module-write} (bench/attendance.sh): the layers of a module's write request instead
   * (fragments separated by {@code |}), and then the phases of the request, each counted wherever it
   * holds the stack.
   */
  static final Map<String, String> WRITE_PARTS = new LinkedHashMap<>();
  static final Map<String, String> WRITE_PHASES = new LinkedHashMap<>();

  static {
    WRITE_PARTS.put("JDBC (MariaDB driver, Payara's wrapper)", "org.mariadb|com.sun.gjc");
    WRITE_PARTS.put("connection pool, JTA (Payara)", "com.sun.enterprise.resource|com.sun.enterprise.transaction|com.sun.jts");
    WRITE_PARTS.put("Bean Validation", "org.hibernate.validator");
    WRITE_PARTS.put("JPA (EclipseLink)", "org.eclipse.persistence");
    WRITE_PARTS.put("JSON (JSON-B, JSON-P)", "yasson|parsson|jakarta.json|JsonBinding");
    WRITE_PARTS.put("audit (core)", "core.audit.");
    WRITE_PARTS.put("the module's own code", "org.sahakum.plugins.");
    WRITE_PARTS.put("module request set-up (core)", "core.modules.");
    WRITE_PARTS.put("caller, permissions (core, Shiro)", "core.auth|shiro");
    WRITE_PARTS.put("CDI (Weld)", "org.jboss.weld");
    WRITE_PARTS.put("JAX-RS (Jersey)", "org.glassfish.jersey");
    WRITE_PARTS.put("HTTP (Grizzly, servlet)", "org.glassfish.grizzly|org.apache.catalina");
    WRITE_PHASES.put("reading the body (JSON-B)", "JsonBindingProvider.readFrom");
    WRITE_PHASES.put("the plain-text guard's look at the body (core, JSON-P)", "PlainTextGuard");
    WRITE_PHASES.put("validating the body", "org.hibernate.validator");
    WRITE_PHASES.put("opening the module's request (transaction, EntityManager, context)", "ModuleRequest.open");
    WRITE_PHASES.put("the resource method (SessionResource.take)", "SessionResource.take");
    WRITE_PHASES.put("  locking the class", "Classes.locked");
    WRITE_PHASES.put("  the enrolled children", "Enrolments.enrolledChildren");
    WRITE_PHASES.put("  EntityManager flush (session, marks)", "EntityManagerImpl.flush");
    WRITE_PHASES.put("  queries (JPQL, find)", "QueryImpl.");
    WRITE_PHASES.put("  audit entry", "core.audit.");
    WRITE_PHASES.put("ending the request (commit)", "ModuleTransactionFilter.filter");
    WRITE_PHASES.put("writing the answer (JSON-B)", "JsonBindingProvider.writeTo");
    WRITE_PHASES.put("the audit chainer (background)", "AuditChainer");
  }

  /** Parts of a ballot (POST my-ballots/{id}) and what runs beside it, the first match counting. */
  static final Map<String, String> BALLOT_PARTS = new LinkedHashMap<>();

  static {
    BALLOT_PARTS.put("audit chain (after commit, its own thread)", "core.audit.AuditChainer");
    BALLOT_PARTS.put("token to caller (session, account, tenant)", "auth.AuthenticationFilter");
    BALLOT_PARTS.put("commit (module transaction filter)", "modules.ModuleTransactionFilter");
    BALLOT_PARTS.put("permission check (modules:use)", "auth.CurrentCaller.require");
    BALLOT_PARTS.put("tenant by slug", "auth.CurrentCaller.tenant");
    BALLOT_PARTS.put("module switched on", "modules.TenantModules");
    BALLOT_PARTS.put("module request opened (transaction, context)", "modules.ModuleRequest.open");
    BALLOT_PARTS.put("ballot: the caller as member", "ballots.MyVotes.places");
    BALLOT_PARTS.put("ballot: choices checked", "ballots.Ballots.valid");
    BALLOT_PARTS.put("ballot: roll marked, counters added, audited", "ballots.Ballots.cast");
    BALLOT_PARTS.put("ballot: vote found", "ballots.MyVotes.cast");
    BALLOT_PARTS.put("JSON (JSON-B, Yasson, JSON-P)", "yasson");
    BALLOT_PARTS.put("Bean Validation", "hibernate.validator");
    BALLOT_PARTS.put("the rest of the request (Grizzly, Jersey, response)", "grizzly");
  }

  public static void main(String[] args) throws Exception {
    boolean write = args.length > 1 && args[1].equals("module-write");
    if (write) {
      PARTS.clear();
      PARTS.putAll(WRITE_PARTS);
    }
    Map<String, Integer> phases = new LinkedHashMap<>();
    List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
    Map<String, String> parts = args.length > 1 && args[1].equals("ballot") ? BALLOT_PARTS : PARTS;
    Map<String, Integer> shares = new LinkedHashMap<>();
    Map<String, Integer> tops = new HashMap<>();
    int samples = 0;
    long gcPauseNanos = 0;
    int gcs = 0;
    for (RecordedEvent e : events) {
      String type = e.getEventType().getName();
      if (type.equals("jdk.GarbageCollection")) {
        gcs++;
        gcPauseNanos += e.getDuration("sumOfPauses").toNanos();
      } else if (type.equals("jdk.ExecutionSample") && e.getStackTrace() != null) {
        samples++;
        List<RecordedFrame> frames = e.getStackTrace().getFrames();
        if (!frames.isEmpty()) {
          tops.merge(name(frames.get(0)), 1, Integer::sum);
        }
        shares.merge(part(parts, frames), 1, Integer::sum);
        for (Map.Entry<String, String> p : WRITE_PHASES.entrySet()) {
          if (write && frames.stream().anyMatch(f -> holds(name(f), p.getValue()))) {
            phases.merge(p.getKey(), 1, Integer::sum);
          }
        }
      }
    }
    final int total = Math.max(1, samples);
    System.out.printf("  %d execution samples; share of them by part of the request:%n", samples);
    shares.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(p -> System.out.printf("  %6.1f%%  %s%n", 100.0 * p.getValue() / total, p.getKey()));
    if (write) {
      System.out.println("  phases (a sample counts in each phase its stack holds):");
      WRITE_PHASES.keySet().forEach(p -> System.out.printf("  %6.1f%%  %s%n", 100.0 * phases.getOrDefault(p, 0) / total, p));
    }
    System.out.println("  methods most often on top of the stack:");
    tops.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
        .forEach(t -> System.out.printf("  %6.1f%%  %s%n", 100.0 * t.getValue() / total, t.getKey()));
    System.out.printf("  garbage collections: %d, their pauses %.0f ms in all%n", gcs, gcPauseNanos / 1e6);
  }

  static String part(Map<String, String> parts, List<RecordedFrame> frames) {
    for (Map.Entry<String, String> p : parts.entrySet()) {
      for (RecordedFrame f : frames) {
        if (holds(name(f), p.getValue())) {
          return p.getKey();
        }
      }
    }
    return "everything else (server, filters, Shiro)";
  }

  /** Whether {@code name} holds one of the {@code |}-separated fragments. */
  static boolean holds(String name, String fragments) {
    for (String f : fragments.split("\\|")) {
      if (name.contains(f)) {
        return true;
      }
    }
    return false;
  }

  static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }
}

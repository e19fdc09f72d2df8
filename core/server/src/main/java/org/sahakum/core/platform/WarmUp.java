package org.sahakum.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.ObjectName;
import org.sahakum.core.auth.LoginResource;

/**
 * What the first requests after a start would otherwise set up all at once, done once before the
 * server says it is ready: JSON-B's provider lookup and the class models of the bodies every client
 * sends first. Set up lazily by the first requests at once, it has raced in Payara and answered
 * 500 (bench/first-requests.sh sends 32 logins the moment the server is ready). Then one full
 * collection: start-up's garbage (migrations, plugin scanning, demo data) would otherwise keep the
 * heap, and the server's resident memory, at its peak until the next full collection, which a quiet
 * server may never need. Last, the C heap that start-up freed (class parsing, the compilers' work,
 * jar reading) goes back to the system at once: about 24 MB after a demo start, which the JVM's own
 * trimming (every 10 s, set by the launcher) would return only later.
 */
@ApplicationScoped
public class WarmUp {
  private static final Logger LOG = Logger.getLogger(WarmUp.class.getName());

  /** Reads and writes the first bodies clients send and receive, through the JSON-B that JAX-RS uses. */
  public void run() {
    Jsonb jsonb = StrictJson.JSONB;
    LoginResource.Login login = jsonb.fromJson(
        "{\"tenant\":\"warm-up\",\"username\":\"warm-up\",\"password\":\"warm-up\"}", LoginResource.Login.class);
    String written = jsonb.toJson(List.of(login,
        new LoginResource.LoggedIn("warm-up", Instant.EPOCH, login.tenant(), 0, false, false),
        new Problem("about:blank", "Bad Request", 400, "warm-up"), Map.of("ok", true)));
    LOG.fine(() -> "JSON-B warmed with " + written.length() + " characters");
    System.gc(); // the serial collector gives back what lies above MaxHeapFreeRatio (set by the launcher)
    trimNativeHeap();
  }

  /** {@code jcmd PID System.trim_native_heap}, from inside: glibc's malloc_trim. */
  private static void trimNativeHeap() {
    try {
      Object report = ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      LOG.fine(() -> "native heap trimmed: " + report);
    } catch (JMException | RuntimeException notOffered) {
      LOG.fine(() -> "native heap not trimmed: " + notOffered);
    }
  }
}

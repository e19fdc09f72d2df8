package org.sahakum.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Payara Micro running the core WAR, as a child process. */
final class ServerProcess {
  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts Payara Micro; it stops itself when process {@code watcherPid} (the launcher or bin/sahakum) is gone. */
  static ServerProcess start(Path home, Path runtimeDir, int port, Map<String, String> environment, long watcherPid)
      throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // Payara Micro remembers the apps deployed in its root folder and would deploy the core a
    // second time beside --deploy; the folder is a cache, so each start begins with an empty one.
    deleteTree(runtimeDir);
    Files.createDirectories(runtimeDir);
    String heap = new Settings(environment, home).heap();
    List<String> bootCommands = PayaraBootCommands.options(runtimeDir.resolve("boot"));
    List<String> command = new ArrayList<>(List.of(
        java.toString(),
        // a small, shrinking heap and code cache: Sahakum must fit beside MariaDB on a small machine
        // (SAHAKUM_HEAP raises the maximum, e.g. for many logins at once: each argon2 check holds 19 MiB)
        "-Xms" + Settings.MIN_HEAP_MB + "m", "-Xmx" + heap, "-XX:MaxMetaspaceSize=256m", "-XX:+UseSerialGC", "-Xss512k",
        "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:ReservedCodeCacheSize=96m",
        // the young generation a fifth of the heap, not a third: its eden is wholly touched within the
        // first seconds and stays resident (50 MB of a started server's 164 MB heap, 24 MB with this)
        "-XX:NewRatio=4",
        // the deploy loads about 110 MB of class metadata; from the default 21 MB threshold on, each
        // step up cost a full collection (four in a start, 0.35 s); the warm-up's own collection at
        // the end still unloads the deploy's throw-away class loaders
        "-XX:MetaspaceSize=128m"));
    command.addAll(trimNativeHeap(Runtime.version().feature()));
    command.addAll(compactObjectHeaders(Runtime.version().feature()));
    command.addAll(List.of(
        "-Duser.timezone=UTC",
        "-Djava.io.tmpdir=" + runtimeDir,
        // the server stops itself when its watcher is gone, even killed with -9 (LauncherWatch)
        "-Dsahakum.launcher.pid=" + watcherPid,
        "-jar", home.resolve("lib/payara-micro.jar").toString(),
        "--deploy", home.resolve("app/sahakum.war").toString(),
        "--contextroot", "/",
        "--port", Integer.toString(port),
        "--nocluster",
        "--disablephonehome",
        "--rootdir", runtimeDir.toString()));
    command.addAll(benchWars(environment));
    command.addAll(bootCommands);
    // stdin from nowhere: the server outlives the launcher once bin/sahakum has taken it over
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO()
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().putAll(environment);
    return new ServerProcess(builder.start(), port);
  }

  /**
   * Gives freed C heap back every 10 s: the JIT compilers' work areas and start-up's buffers stay
   * resident otherwise (30 MB of the server after a start, measured with {@code jcmd
   * System.trim_native_heap}). A product option from Java 22; Java 21 would refuse to start with it.
   */
  static List<String> trimNativeHeap(int javaFeature) {
    return javaFeature >= 22 ? List.of("-XX:TrimNativeHeapInterval=10000") : List.of();
  }

  /**
   * Objects with 8-byte headers instead of 12 (JEP 519): most of a started server's heap is small
   * objects (Payara's, Weld's and JPA's metadata: strings, maps' entries, methods). A product option
   * from Java 25; Java 24 has it only as an experiment, and older ones would refuse to start with it.
   */
  static List<String> compactObjectHeaders(int javaFeature) {
    return javaFeature >= 25 ? List.of("-XX:+UseCompactObjectHeaders") : List.of();
  }

  /**
   * {@code SAHAKUM_BENCH_WARS}: WARs (paths, separated by commas) that Payara deploys beside the
   * core, each at {@code /} and its file's name without {@code .war}. For benchmarks only
   * (bench/floor.sh deploys the stack's floor this way); a production server never sets it.
   */
  static List<String> benchWars(Map<String, String> environment) {
    String wars = environment.getOrDefault("SAHAKUM_BENCH_WARS", "").strip();
    List<String> options = new ArrayList<>();
    for (String war : wars.isEmpty() ? new String[0] : wars.split(",")) {
      Path path = Path.of(war.strip()).toAbsolutePath();
      String root = "/" + path.getFileName().toString().replaceFirst("\\.war$", "");
      System.out.println("sahakum: benchmark WAR " + path + " deployed at " + root + " (SAHAKUM_BENCH_WARS)");
      options.addAll(List.of("--deploy", path + java.io.File.pathSeparator + root));
    }
    return options;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Waits until the application answers {@code /api/ping} and {@code /health/ready}. Payara
   * prints "ready" even when the deployment failed, so only the application's own answers count.
   *
   * @return false when the process ended or the time ran out
   */
  boolean awaitReady(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return false;
      }
      if (answers(http, "/api/ping") && answers(http, "/health/ready")) {
        return true;
      }
      Thread.sleep(250);
    }
    return false;
  }

  /**
   * One probe, bounded: under load a blocking send was seen to hang for good after the server
   * dropped a slow probe, and the launcher then waited forever, so the answer is awaited for at most
   * {@link #PROBE_LIMIT} and the probe abandoned after that.
   */
  private boolean answers(HttpClient http, String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(5)).GET().build();
    CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    try {
      return answer.get(PROBE_LIMIT.toMillis(), TimeUnit.MILLISECONDS).statusCode() == 200;
    } catch (ExecutionException | TimeoutException e) {
      answer.cancel(true);
      return false;
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static final Duration PROBE_LIMIT = Duration.ofMillis(5500);

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** Asks the server to stop (SIGTERM), then forces it after {@code grace}. */
  void stop(Duration grace) throws InterruptedException {
    stopGently(process, grace);
  }

  /** SIGTERM, then SIGKILL if {@code process} is still there after {@code grace}: the server's and the database's stop. */
  static void stopGently(Process process, Duration grace) throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}

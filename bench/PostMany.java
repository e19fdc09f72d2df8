import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seeding for the benchmarks: POSTs one JSON body per line of standard input to {@code base},
 * {@code parallel} at a time, and prints progress to stderr. A line is {@code path<TAB>json}, sent
 * with the bearer token of the command line ({@code -} for none), or {@code token<TAB>path<TAB>json}.
 * With {@code print}, each answer goes to stdout as {@code line<TAB>status<TAB>body}. Exits 1 if any
 * answer was not 2xx (the first few are printed). At the end it prints the rate and the latency
 * percentiles of the answers to stderr: {@code LABEL: N in S s, R/s; p50 A ms, p90 B ms, p99 C ms}.
 * With the environment's {@code POST_MANY_WARM=FILE}, the lines of FILE are sent first in the same
 * way (the same client, so neither it nor the server is measured cold), and are not counted.
 *
 * <pre>java bench/PostMany.java http://127.0.0.1:8080 TOKEN 8 members [print] &lt; requests.tsv</pre>
 */
public class PostMany {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    int parallel = Integer.parseInt(args[2]);
    String label = args.length > 3 ? args[3] : "requests";
    boolean print = args.length > 4 && args[4].equals("print");
    String warm = System.getenv("POST_MANY_WARM");
    int failed = 0;
    if (warm != null && !warm.isEmpty()) {
      try (BufferedReader in = Files.newBufferedReader(Path.of(warm), StandardCharsets.UTF_8)) {
        failed += send(base, read(in, token), parallel, label + " warm-up", false);
      }
    }
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      failed += send(base, read(in, token), parallel, label, print);
    }
    if (failed > 0) {
      System.exit(1);
    }
  }

  private static List<String[]> read(BufferedReader in, String token) throws IOException {
    List<String[]> requests = new ArrayList<>();
    for (String line; (line = in.readLine()) != null; ) {
      if (!line.isBlank()) {
        String[] parts = line.split("\t", 3);
        requests.add(parts.length == 3 ? parts : new String[] {token, parts[0], parts[1]});
      }
    }
    return requests;
  }

  /** Sends {@code requests}, {@code parallel} at a time; prints progress and figures; returns how many failed. */
  private static int send(String base, List<String[]> requests, int parallel, String label, boolean print)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    int total = requests.size();
    int every = Math.max(1, total / 10);
    long[] nanos = new long[total];
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    for (int w = 0; w < parallel; w++) {
      pool.execute(() -> {
        for (int i; (i = next.getAndIncrement()) < total; ) {
          String[] r = requests.get(i);
          int status;
          String body;
          long sent = System.nanoTime();
          try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + r[1]))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(r[2], StandardCharsets.UTF_8));
            if (!r[0].equals("-")) {
              request.header("Authorization", "Bearer " + r[0]);
            }
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = answer.statusCode();
            body = answer.body();
          } catch (Exception e) {
            status = -1;
            body = e.toString();
          }
          nanos[i] = System.nanoTime() - sent;
          if (status / 100 != 2 && failed.incrementAndGet() <= 5) {
            System.err.printf("  POST %s -> %d %s%n", r[1], status, body);
          }
          if (print) {
            synchronized (System.out) {
              System.out.println((i + 1) + "\t" + status + "\t" + body.replace('\n', ' '));
            }
          }
          synchronized (done) {
            int n = done.incrementAndGet();
            if (n % every == 0 || n == total) {
              double s = (System.nanoTime() - t0) / 1e9;
              System.err.printf("  %s: %d/%d in %.0f s (%.1f/s)%n", label, n, total, s, n / s);
            }
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.DAYS);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long[] sorted = nanos.clone();
    java.util.Arrays.sort(sorted);
    System.err.printf("  %s: %d in %.1f s, %.1f/s; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms%n", label, total, seconds,
        total / seconds, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99));
    if (failed.get() > 0) {
      System.err.printf("  %s: %d of %d failed%n", label, failed.get(), total);
    }
    return failed.get();
  }

  private static double percentile(long[] sorted, int p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }
}

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mixed load of bench/cluster-faults.sh, as one logged-in admin on several threads: register
 * pages (GET members, 60%), dues payments with an Idempotency-Key (25%) and legal-aid cases with
 * one (15%). A write that fails for the cluster (no answer, 5xx) is sent again with its key, for up
 * to 30 s, as the web app's resend would. Every attempt goes to {@code attempts.tsv}
 * ({@code epochMs kind status ms}, status 0 for no answer) and every acknowledged write (2xx) to
 * {@code acks.tsv} ({@code kind key id receipt}); the script checks the acks against the database.
 * Runs until {@code OUTDIR/stop} exists or {@code seconds} have passed.
 *
 * <pre>java bench/ClusterLoad.java BASE TOKEN ORG SECONDS OUTDIR MEMBERS.tsv [THREADS]</pre>
 */
public class ClusterLoad {
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern RECEIPT = Pattern.compile("\"receiptNumber\"\\s*:\\s*(\\d+)");

  record Payer(String code, String currency, long amount) {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    String org = args[2];
    long until = System.currentTimeMillis() + Long.parseLong(args[3]) * 1000;
    Path out = Path.of(args[4]);
    List<Payer> payers = Files.readAllLines(Path.of(args[5])).stream().filter(l -> !l.isBlank())
        .map(l -> l.split("\t")).map(f -> new Payer(f[0], f[1], Long.parseLong(f[2]))).toList();
    int threads = args.length > 6 ? Integer.parseInt(args[6]) : 6;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    try (PrintWriter attempts = new PrintWriter(Files.newBufferedWriter(out.resolve("attempts.tsv")));
        PrintWriter acks = new PrintWriter(Files.newBufferedWriter(out.resolve("acks.tsv")))) {
      Load load = new Load(http, base, token, org, payers, attempts, acks, until, out.resolve("stop"));
      Thread[] workers = new Thread[threads];
      for (int i = 0; i < threads; i++) {
        workers[i] = new Thread(load::run);
        workers[i].start();
      }
      for (Thread w : workers) {
        w.join();
      }
    }
  }

  record Load(HttpClient http, String base, String token, String org, List<Payer> payers, PrintWriter attempts,
      PrintWriter acks, long until, Path stop) {

    void run() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      while (System.currentTimeMillis() < until && !Files.exists(stop)) {
        int roll = random.nextInt(100);
        if (roll < 60) {
          send("read", "GET", "/api/t/" + org + "/members?limit=50", null, null);
        } else if (roll < 85) {
          Payer p = payers.get(random.nextInt(payers.size()));
          write("payment", "/api/t/" + org + "/union-dues/payments", "{\"memberCode\":\"" + p.code()
              + "\",\"amountMinor\":" + p.amount() + ",\"currency\":\"" + p.currency() + "\",\"paidOn\":\""
              + LocalDate.now() + "\",\"method\":\"CASH\"}");
        } else {
          write("case", "/api/t/" + org + "/legal-aid/cases",
              "{\"caseType\":\"consultation\",\"clientKind\":\"non-member\",\"clientGroup\":\"walk-in\"}");
        }
        pause(50);
      }
    }

    /** Sends a write until it is acknowledged, refused for itself (4xx), or 30 s have passed. */
    private void write(String kind, String path, String body) {
      String key = UUID.randomUUID().toString();
      long giveUp = System.currentTimeMillis() + 30_000;
      while (true) {
        HttpResponse<String> r = send(kind, "POST", path, body, key);
        if (r != null && r.statusCode() / 100 == 2) {
          String id = find(ID, r.body());
          synchronized (acks) {
            acks.println(kind + "\t" + key + "\t" + id + "\t" + find(RECEIPT, r.body()));
            acks.flush();
          }
          return;
        }
        if ((r != null && r.statusCode() < 500) || System.currentTimeMillis() > giveUp) {
          return;
        }
        pause(1000);
      }
    }

    private HttpResponse<String> send(String kind, String method, String path, String body, String key) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
          .header("Authorization", "Bearer " + token).header("Accept", "application/json");
      if (body != null) {
        b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
      } else {
        b.method(method, HttpRequest.BodyPublishers.noBody());
      }
      if (key != null) {
        b.header("Idempotency-Key", key);
      }
      long t0 = System.currentTimeMillis();
      HttpResponse<String> r;
      try {
        r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        r = null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        r = null;
      }
      synchronized (attempts) {
        attempts.println(t0 + "\t" + kind + "\t" + (r == null ? 0 : r.statusCode()) + "\t"
            + (System.currentTimeMillis() - t0));
      }
      return r;
    }

    private static String find(Pattern p, String body) {
      Matcher m = p.matcher(body);
      return m.find() ? m.group(1) : "";
    }

    private static void pause(long ms) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

package org.sahakum.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** apply-tenants against a stand-in server: what it sends, what it prints, its exit codes. */
class ApplyTenantsCommandTest {
  @TempDir Path home;
  private HttpServer server;
  private final Map<String, String> received = new ConcurrentHashMap<>();
  private volatile int status = 200;
  private volatile String answer = "{\"applied\":false,\"changes\":[\"create organisation wnu under platform (WNU)\"],"
      + "\"notes\":[\"module education (drop-in-centre.yaml:9) is not installed here: left out\"]}";
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      received.put(path, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      received.put(path + " auth", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      byte[] body = (path.endsWith("/login") ? "{\"token\":\"t0k\"}" : answer).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(path.endsWith("/tenant-definitions") ? status : 200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    Files.createDirectories(home.resolve("tenants/blueprints"));
    Files.writeString(home.resolve("tenants/blueprints/regional-network.yaml"), "blueprint: {}\n");
    Files.writeString(home.resolve("wnu.yaml"), "organisation: {}\n");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void a_dry_run_sends_the_files_and_the_shipped_blueprints_and_lists_the_changes() {
    int code = command(Map.of("SAHAKUM_ADMIN_PASSWORD", "operator password")).run(List.of("--dry-run", file("wnu.yaml")));
    assertEquals(ApplyTenantsCommand.DONE, code, err.toString());
    JsonObject sent = Json.createReader(new StringReader(received.get("/api/platform/tenant-definitions"))).readObject();
    assertTrue(sent.getBoolean("dryRun"));
    assertEquals(List.of("wnu.yaml", "regional-network.yaml"), sent.getJsonArray("files").getValuesAs(JsonObject.class)
        .stream().map(f -> f.getString("name")).toList());
    assertEquals("Bearer t0k", received.get("/api/platform/tenant-definitions auth"));
    assertTrue(received.get("/api/auth/login").contains("\"tenant\":\"platform\""));
    assertTrue(received.containsKey("/api/auth/logout"), "the session is ended");
    assertEquals("dry run, would make 1 change(s):\n  create organisation wnu under platform (WNU)\n"
        + "  note: module education (drop-in-centre.yaml:9) is not installed here: left out\n", out.toString());
  }

  @Test
  void refused_files_print_each_problem_and_exit_1() {
    status = 400;
    answer = "{\"detail\":\"Nothing was changed.\\nwnu.yaml:3: organisation.slug: use 2 to 63 ...\\n"
        + "wnu.yaml:9: organisation: unknown field 'colour'\"}";
    int code = command(Map.of("SAHAKUM_ADMIN_PASSWORD", "pw")).run(List.of(file("wnu.yaml")));
    assertEquals(ApplyTenantsCommand.REFUSED, code);
    assertEquals("sahakum apply-tenants: refused, nothing was changed:\n  wnu.yaml:3: organisation.slug: use 2 to 63 ...\n"
        + "  wnu.yaml:9: organisation: unknown field 'colour'\n", err.toString());
  }

  @Test
  void no_file_no_server_or_no_password_cannot_apply() {
    assertEquals(ApplyTenantsCommand.CANNOT_APPLY, command(Map.of("SAHAKUM_ADMIN_PASSWORD", "pw")).run(List.of()));
    assertEquals(ApplyTenantsCommand.CANNOT_APPLY, command(Map.of("SAHAKUM_ADMIN_PASSWORD", "pw"))
        .run(List.of(file("missing.yaml"))));
    assertTrue(err.toString().contains("no such file"), err.toString());
    server.stop(0);
    assertEquals(ApplyTenantsCommand.CANNOT_APPLY, command(Map.of("SAHAKUM_ADMIN_PASSWORD", "pw"))
        .run(List.of(file("wnu.yaml"))));
    assertTrue(err.toString().contains("no server answers"), err.toString());
  }

  private String file(String name) {
    return home.resolve(name).toString();
  }

  private ApplyTenantsCommand command(Map<String, String> env) {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("SAHAKUM_HTTP_PORT", String.valueOf(server.getAddress().getPort()));
    return new ApplyTenantsCommand(Settings.load(home, all), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}

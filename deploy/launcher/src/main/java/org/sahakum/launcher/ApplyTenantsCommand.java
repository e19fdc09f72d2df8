package org.sahakum.launcher;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code bin/sahakum apply-tenants [--dry-run] FILE...}: applies tenant definition files through
 * the running server's {@code POST /api/platform/tenant-definitions}, as the platform account
 * {@code admin} (password from {@code SAHAKUM_ADMIN_PASSWORD}, else asked for on the terminal).
 * The blueprints of the distribution's {@code tenants/blueprints/} go along unless a file of the
 * same name is given. Exit codes: {@value #DONE} applied (or the dry run listed), {@value #REFUSED}
 * the files were refused (nothing changed), {@value #CANNOT_APPLY} no server, login refused, bad
 * arguments.
 */
final class ApplyTenantsCommand {
  static final String NAME = "apply-tenants";
  static final int DONE = 0;
  static final int REFUSED = 1;
  static final int CANNOT_APPLY = 2;
  static final String USAGE = "usage: bin/sahakum apply-tenants [--dry-run] FILE...";

  private final Settings settings;
  private final PrintStream out;
  private final PrintStream err;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  ApplyTenantsCommand(Settings settings, PrintStream out, PrintStream err) {
    this.settings = settings;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    boolean dryRun = args.contains("--dry-run");
    List<String> names = args.stream().filter(a -> !a.equals("--dry-run")).toList();
    if (names.isEmpty() || names.stream().anyMatch(a -> a.startsWith("-"))) {
      err.println(names.isEmpty() ? USAGE : "sahakum apply-tenants: unknown option '"
          + names.stream().filter(a -> a.startsWith("-")).findFirst().orElseThrow() + "'\n" + USAGE);
      return CANNOT_APPLY;
    }
    try {
      JsonObject body = Json.createObjectBuilder().add("dryRun", dryRun).add("files", files(names)).build();
      String token = login();
      try {
        return report(post("/api/platform/tenant-definitions", body, token), dryRun);
      } finally {
        post("/api/auth/logout", JsonValue.EMPTY_JSON_OBJECT, token);
      }
    } catch (CommandFailure e) {
      err.println("sahakum apply-tenants: " + e.getMessage());
      return CANNOT_APPLY;
    }
  }

  /** The files given, then the shipped blueprints whose names are not among them. */
  JsonArrayBuilder files(List<String> names) throws CommandFailure {
    Map<String, Path> byName = new LinkedHashMap<>();
    for (String n : names) {
      Path p = Path.of(n);
      if (!Files.isRegularFile(p)) {
        throw new CommandFailure("no such file: " + n);
      }
      if (byName.put(p.getFileName().toString(), p) != null) {
        throw new CommandFailure("two files are named " + p.getFileName() + "; problems would not say which");
      }
    }
    Path blueprints = settings.tenantsDir().resolve("blueprints");
    if (Files.isDirectory(blueprints)) {
      try (Stream<Path> list = Files.list(blueprints)) {
        list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted()
            .forEach(p -> byName.putIfAbsent(p.getFileName().toString(), p));
      } catch (IOException e) {
        throw new CommandFailure("cannot read " + blueprints + ": " + e.getMessage());
      }
    }
    JsonArrayBuilder files = Json.createArrayBuilder();
    for (Map.Entry<String, Path> f : byName.entrySet()) {
      try {
        files.add(Json.createObjectBuilder().add("name", f.getKey())
            .add("text", Files.readString(f.getValue(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new CommandFailure("cannot read " + f.getValue() + ": " + e.getMessage());
      }
    }
    return files;
  }

  private String login() throws CommandFailure {
    String password = settings.adminPassword().orElseGet(ApplyTenantsCommand::askPassword);
    if (password == null) {
      throw new CommandFailure("set SAHAKUM_ADMIN_PASSWORD or run on a terminal to be asked for the password of "
          + "the platform account admin");
    }
    HttpResponse<String> r = post("/api/auth/login", Json.createObjectBuilder().add("tenant", "platform")
        .add("username", "admin").add("password", password).build(), null);
    if (r.statusCode() != 200) {
      throw new CommandFailure("the server refused the login of the platform account admin (" + r.statusCode() + ")");
    }
    return read(r.body()).getString("token");
  }

  private static String askPassword() {
    Console console = System.console();
    char[] typed = console == null ? null : console.readPassword("Password of the platform account admin: ");
    return typed == null ? null : new String(typed);
  }

  private int report(HttpResponse<String> r, boolean dryRun) throws CommandFailure {
    JsonObject answer = read(r.body());
    if (r.statusCode() == 400 && answer.containsKey("detail")) {
      err.println("sahakum apply-tenants: refused, nothing was changed:");
      for (String line : answer.getString("detail").split("\n")) {
        if (!line.isBlank() && !line.equals("Nothing was changed.")) {
          err.println("  " + line);
        }
      }
      return REFUSED;
    }
    if (r.statusCode() != 200) {
      throw new CommandFailure("the server answered " + r.statusCode() + ": "
          + answer.getString("detail", "no detail"));
    }
    List<String> changes = strings(answer, "changes");
    out.println((dryRun ? "dry run, would make " : "applied, ") + changes.size() + " change(s)"
        + (changes.isEmpty() ? ": the tree already says what the files say" : ":"));
    changes.forEach(c -> out.println("  " + c));
    strings(answer, "notes").forEach(n -> out.println("  note: " + n));
    return DONE;
  }

  private HttpResponse<String> post(String path, JsonObject body, String token) throws CommandFailure {
    URI uri = URI.create("http://127.0.0.1:" + settings.httpPort() + path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CommandFailure("no server answers at " + uri.getHost() + ":" + uri.getPort()
          + " (start it with bin/sahakum, or set SAHAKUM_HTTP_PORT): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailure("interrupted");
    }
  }

  private static JsonObject read(String body) throws CommandFailure {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new CommandFailure("the server's answer is not JSON");
    }
  }

  private static List<String> strings(JsonObject o, String key) {
    return Optional.ofNullable(o.getJsonArray(key)).map(a -> a.getValuesAs(JsonString::getString))
        .orElseGet(ArrayList::new);
  }
}

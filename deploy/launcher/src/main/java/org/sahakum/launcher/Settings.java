package org.sahakum.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of the contract, from the environment first, then from {@code conf/sahakum.conf}
 * ({@code KEY=value} lines) in the distribution.
 */
public final class Settings {
  private static final Pattern HEAP = Pattern.compile("([0-9]{1,7})([mMgG])");
  /** The server starts with this much heap ({@code -Xms}), so its maximum may not be less. */
  static final int MIN_HEAP_MB = 128;

  private final Map<String, String> values;
  private final Path home;

  Settings(Map<String, String> values, Path home) {
    this.values = values;
    this.home = home;
  }

  public static Settings load(Path home, Map<String, String> environment) {
    Map<String, String> merged = new HashMap<>();
    Path conf = home.resolve("conf/sahakum.conf");
    if (Files.isRegularFile(conf)) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(conf, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read " + conf + ": " + e.getMessage(), e);
      }
      p.stringPropertyNames().forEach(k -> merged.put(k, p.getProperty(k).trim()));
    }
    environment.forEach((k, v) -> {
      if (k.startsWith("SAHAKUM_")) {
        merged.put(k, v);
      }
    });
    Settings settings = new Settings(merged, home);
    settings.heap(); // a bad value stops the launcher before anything starts (as an unreadable conf does)
    return settings;
  }

  Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
  }

  public Path home() {
    return home;
  }

  public int httpPort() {
    String raw = get("SAHAKUM_HTTP_PORT").orElse("8080");
    try {
      int port = Integer.parseInt(raw);
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("SAHAKUM_HTTP_PORT must be a port number (1-65535), not '" + raw + "'");
    }
  }

  public Path dataDir() {
    return Path.of(get("SAHAKUM_DATA_DIR").orElse("sahakum-data")).toAbsolutePath().normalize();
  }

  /** The server's master key file: {@code SAHAKUM_MASTER_KEY_FILE}, else {@code master.key} in the data dir. */
  public Path masterKeyFile() {
    return get("SAHAKUM_MASTER_KEY_FILE").map(Path::of).orElse(dataDir().resolve("master.key")).toAbsolutePath()
        .normalize();
  }

  public Path pluginsDir() {
    return get("SAHAKUM_PLUGINS_DIR").map(Path::of).orElse(home.resolve("plugins")).toAbsolutePath().normalize();
  }

  /**
   * The server's maximum heap for {@code -Xmx}, e.g. {@code 512m} or {@code 1g}; {@code 384m} by
   * default. {@link IllegalStateException} for anything else, which both launcher commands report.
   */
  public String heap() {
    String raw = get("SAHAKUM_HEAP").orElse("384m").strip();
    Matcher m = HEAP.matcher(raw);
    if (!m.matches() || Long.parseLong(m.group(1)) * (m.group(2).equalsIgnoreCase("g") ? 1024 : 1) < MIN_HEAP_MB) {
      throw new IllegalStateException("SAHAKUM_HEAP must be a heap size of at least " + MIN_HEAP_MB
          + "m, written like 512m or 1g, not '" + raw + "'");
    }
    return m.group(1) + m.group(2).toLowerCase();
  }

  /** The definitions folder the server reads with {@code SAHAKUM_DEMO=1}: the distribution's {@code tenants/}. */
  public Path tenantsDir() {
    return get("SAHAKUM_TENANTS_DIR").map(Path::of).orElse(home.resolve("tenants")).toAbsolutePath().normalize();
  }

  /**
   * How long a start may take before the launcher gives up: 240 s, and with {@code SAHAKUM_DEMO=1}
   * a quarter of a second more per demo member ({@code SAHAKUM_DEMO_MEMBERS}), as the modules' demo
   * data is written before the server is ready (10,000 members: about 45 minutes at most).
   */
  public java.time.Duration readyTimeout() {
    java.time.Duration base = java.time.Duration.ofSeconds(240);
    Optional<String> given = get("SAHAKUM_READY_TIMEOUT").map(String::strip).filter(v -> v.matches("[0-9]{1,6}"));
    if (given.isPresent()) {
      return java.time.Duration.ofSeconds(Long.parseLong(given.get())); // a busy machine (the cluster's fault tests)
    }
    if (!"1".equals(get("SAHAKUM_DEMO").orElse("").strip())) {
      return base;
    }
    try {
      long members = Long.parseLong(get("SAHAKUM_DEMO_MEMBERS").orElse("140").strip());
      return base.plusMillis(250 * Math.max(0, Math.min(members, 1_000_000)));
    } catch (NumberFormatException e) {
      return base; // the server refuses the value itself, with the reason
    }
  }

  /** The platform operator's password, if the settings hold it. */
  public Optional<String> adminPassword() {
    return get("SAHAKUM_ADMIN_PASSWORD");
  }

  public Optional<String> externalDatabaseUrl() {
    return get("SAHAKUM_DB_URL");
  }

  /** Everything of ours the server process should see, as environment variables. */
  public Map<String, String> forServer() {
    return Map.copyOf(values);
  }
}

package org.sahakum.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The server's settings, read through MicroProfile Config, so that the environment variables of
 * the contract ({@code SAHAKUM_PLUGINS_DIR}, ...) and system properties
 * ({@code sahakum.plugins.dir}, ...) both work.
 */
@ApplicationScoped
public class ServerSettings {

  private Config config() {
    return ConfigProvider.getConfig();
  }

  public Optional<Path> pluginsDir() {
    return config().getOptionalValue("sahakum.plugins.dir", String.class)
        .filter(s -> !s.isBlank())
        .map(Path::of);
  }

  /** {@link #timeZone()}, read once: every module request asks for it, and it is set before the start. */
  private volatile ZoneId timeZone;

  /** The zone in which modules read calendar dates ("today"); instants stay UTC. */
  public ZoneId timeZone() {
    ZoneId known = timeZone;
    if (known == null) {
      known = readTimeZone();
      timeZone = known;
    }
    return known;
  }

  private ZoneId readTimeZone() {
    String zone = config().getOptionalValue("sahakum.time-zone", String.class).orElse("Asia/Phnom_Penh");
    try {
      return ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      throw new IllegalStateException("SAHAKUM_TIME_ZONE is not a time zone: " + zone, e);
    }
  }

  /** {@code SAHAKUM_MASTER_KEY_FILE}: the master key for field encryption, if the operator gave one. */
  public Optional<Path> masterKeyFile() {
    return config().getOptionalValue("sahakum.master.key.file", String.class).filter(s -> !s.isBlank()).map(Path::of);
  }

  /** {@code SAHAKUM_DATA_DIR}: where generated keys live when no key file is given. */
  public Optional<Path> dataDir() {
    return config().getOptionalValue("sahakum.data.dir", String.class).filter(s -> !s.isBlank()).map(Path::of);
  }

  /** {@code SAHAKUM_DEMO=1}: load the definitions in the tenants folder, and demo data, at start. */
  public boolean demo() {
    return "1".equals(config().getOptionalValue("sahakum.demo", String.class).orElse("").strip());
  }

  /** {@code SAHAKUM_DEMO_MEMBERS}: how many demo members WNU's register holds with {@code SAHAKUM_DEMO=1}. */
  public int demoMembers() {
    String raw = config().getOptionalValue("sahakum.demo.members", String.class).orElse("140").strip();
    try {
      int n = Integer.parseInt(raw);
      if (n >= 0 && n <= 1_000_000) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below with the setting's name
    }
    throw new IllegalStateException("SAHAKUM_DEMO_MEMBERS must be a number from 0 to 1000000, not " + raw);
  }

  /** {@code SAHAKUM_TENANTS_DIR}: the definitions folder (the launcher gives the distribution's {@code tenants/}). */
  public Optional<Path> tenantsDir() {
    return config().getOptionalValue("sahakum.tenants.dir", String.class).filter(s -> !s.isBlank()).map(Path::of);
  }

  /**
   * {@code SAHAKUM_TRUSTED_PROXIES}: the addresses and networks (CIDR) of the reverse proxies whose
   * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed; empty: none.
   */
  public String trustedProxies() {
    return config().getOptionalValue("sahakum.trusted.proxies", String.class).orElse("").strip();
  }

  public Optional<String> adminPassword() {
    return config().getOptionalValue("sahakum.admin.password", String.class).filter(s -> !s.isBlank());
  }
}

package org.sahakum.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  @TempDir Path home;

  @Test
  void defaults_follow_the_contract() {
    Settings s = Settings.load(home, Map.of());
    assertEquals(8080, s.httpPort());
    assertEquals(Path.of("sahakum-data").toAbsolutePath(), s.dataDir());
    assertEquals(home.resolve("plugins"), s.pluginsDir());
    assertTrue(s.externalDatabaseUrl().isEmpty());
  }

  @Test
  void the_environment_wins_over_the_conf_file() throws Exception {
    Files.createDirectories(home.resolve("conf"));
    Files.writeString(home.resolve("conf/sahakum.conf"), "SAHAKUM_HTTP_PORT=9000\nSAHAKUM_DB_URL=jdbc:mariadb://db/x\n");
    Settings s = Settings.load(home, Map.of("SAHAKUM_HTTP_PORT", "9100", "PATH", "/bin"));
    assertEquals(9100, s.httpPort());
    assertEquals("jdbc:mariadb://db/x", s.externalDatabaseUrl().orElseThrow());
    assertTrue(s.forServer().keySet().stream().allMatch(k -> k.startsWith("SAHAKUM_")), "only our settings pass on");
  }

  @Test
  void a_bad_port_is_refused_with_a_clear_message() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Settings.load(home, Map.of("SAHAKUM_HTTP_PORT", "80a")).httpPort());
    assertTrue(e.getMessage().contains("SAHAKUM_HTTP_PORT"), e.getMessage());
  }

  @Test
  void the_heap_is_384m_unless_the_conf_file_or_the_environment_says_otherwise() throws Exception {
    assertEquals("384m", Settings.load(home, Map.of()).heap());
    Files.createDirectories(home.resolve("conf"));
    Files.writeString(home.resolve("conf/sahakum.conf"), "SAHAKUM_HEAP=1G\n");
    assertEquals("1g", Settings.load(home, Map.of()).heap());
    assertEquals("512m", Settings.load(home, Map.of("SAHAKUM_HEAP", "512m")).heap());
  }

  @Test
  void the_database_buffer_pool_is_64m_unless_set_and_a_bad_size_is_refused() {
    assertEquals("64m", Settings.load(home, Map.of()).dbBufferPool());
    assertEquals("1g", Settings.load(home, Map.of("SAHAKUM_DB_BUFFER_POOL", "1g")).dbBufferPool());
    assertTrue(SmallServerOptions.of("256m").contains("--innodb-buffer-pool-size=256M"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Settings.load(home, Map.of("SAHAKUM_DB_BUFFER_POOL", "lots")).dbBufferPool());
    assertTrue(e.getMessage().contains("SAHAKUM_DB_BUFFER_POOL"), e.getMessage());
  }

  @Test
  void a_bad_or_too_small_heap_is_refused_when_the_settings_load() {
    for (String bad : new String[] {"512", "512mb", "-1g", "64m", "lots"}) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> Settings.load(home, Map.of("SAHAKUM_HEAP", bad)), bad);
      assertTrue(e.getMessage().contains("SAHAKUM_HEAP"), e.getMessage());
    }
  }

  @Test
  void a_demo_at_scale_is_given_time_to_write_its_data_before_the_start_is_given_up() throws Exception {
    assertEquals(java.time.Duration.ofSeconds(240), Settings.load(home, Map.of()).readyTimeout());
    assertEquals(java.time.Duration.ofSeconds(900),
        Settings.load(home, Map.of("SAHAKUM_READY_TIMEOUT_SECONDS", "900")).readyTimeout(), "a slow host asks for more");
    assertThrows(IllegalArgumentException.class,
        () -> Settings.load(home, Map.of("SAHAKUM_READY_TIMEOUT_SECONDS", "soon")).readyTimeout());
    assertEquals(java.time.Duration.ofSeconds(240 + 35),
        Settings.load(home, Map.of("SAHAKUM_DEMO", "1")).readyTimeout(), "140 members by default");
    assertEquals(java.time.Duration.ofSeconds(240 + 2_500),
        Settings.load(home, Map.of("SAHAKUM_DEMO", "1", "SAHAKUM_DEMO_MEMBERS", "10000")).readyTimeout());
    assertEquals(java.time.Duration.ofSeconds(240),
        Settings.load(home, Map.of("SAHAKUM_DEMO_MEMBERS", "10000")).readyTimeout(), "no demo, no wait");
  }
}

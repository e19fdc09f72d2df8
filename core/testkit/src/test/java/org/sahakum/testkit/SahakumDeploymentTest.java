package org.sahakum.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SahakumDeploymentTest {
  private String before;

  @BeforeEach
  void nameTheWar() {
    before = System.getProperty("sahakum.test.war");
    System.setProperty("sahakum.test.war", "/build/target/sahakum.war");
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty("sahakum.test.war");
    } else {
      System.setProperty("sahakum.test.war", before);
    }
  }

  @Test
  void the_url_arquillian_found_is_kept() throws Exception {
    URL found = URI.create("http://192.0.2.2:8574/sahakum/").toURL();
    assertEquals(found, SahakumDeployment.root(found));
  }

  @Test
  void a_url_without_the_wars_context_gets_it_back() throws Exception {
    URL bare = URI.create("http://192.0.2.2:8574/").toURL();
    assertEquals("http://192.0.2.2:8574/sahakum/", SahakumDeployment.root(bare).toString());
  }

  @Test
  void a_url_without_any_path_gets_the_context_too() throws Exception {
    URL bare = URI.create("http://127.0.0.1:9000").toURL();
    assertEquals("http://127.0.0.1:9000/sahakum/", SahakumDeployment.root(bare).toString());
  }
}

package org.sahakum.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The core WAR as built by Maven ({@code sahakum.test.war}), deployed with a plugins folder
 * ({@code sahakum.test.plugins.dir}) filled before the deployment starts.
 */
public final class SahakumDeployment {
  private SahakumDeployment() {}

  /** The plugins folder the server under test reads, emptied. */
  public static Path emptyPluginsFolder() {
    Path dir = Path.of(required("sahakum.test.plugins.dir"));
    try {
      Files.createDirectories(dir);
      try (Stream<Path> old = Files.list(dir)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a plugin jar built by Maven into the folder. */
  public static void install(Path pluginJar, Path folder) {
    try {
      Files.copy(pluginJar, folder.resolve(pluginJar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * For a module's own integration tests: the WAR with only the module's jar that Maven just
   * built ({@code sahakum.test.plugin.jar}) in the plugins folder.
   */
  public static WebArchive withModuleUnderTest() {
    Path folder = emptyPluginsFolder();
    install(Path.of(required("sahakum.test.plugin.jar")), folder);
    return war();
  }

  /** The WAR under test. */
  public static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Path.of(required("sahakum.test.war")).toFile());
  }

  /**
   * Where the WAR under test answers, ending with a slash: the URL Arquillian injects, or, when that
   * URL lacks the WAR's context, the same server at {@code /sahakum/}. The Payara Micro connector
   * (3.1) reads the server's deployment summary from its console while Payara is still printing it;
   * when it reads too early it finds no application and injects the bare {@code http://host:port/}.
   * Seen once in a CI run: all 32 tests of a module failed their first login with Payara's 404.
   */
  public static URL root(URL injected) {
    String war = Path.of(required("sahakum.test.war")).getFileName().toString();
    String context = "/" + war.replaceFirst("\\.war$", "") + "/";
    if (injected.getPath().endsWith(context)) {
      return injected;
    }
    try {
      return URI.create(injected.getProtocol() + "://" + injected.getHost() + ":" + injected.getPort() + context).toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String adminPassword() {
    return required("sahakum.test.admin.password");
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException("system property " + property + " is not set (run the tests through Maven failsafe)");
    }
    return value;
  }
}

package org.sahakum.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Builds a PF4J plugin jar at test time from classes on the test class path: the manifest, the
 * extension index and the chosen classes and resources, nothing else. Leave out the id to build a
 * jar with a broken descriptor.
 */
public final class PluginJar {
  private final Map<String, byte[]> entries = new LinkedHashMap<>();
  private String id;
  private String version = "1.0.0";
  private String pluginClass;

  private PluginJar() {}

  public static PluginJar create() {
    return new PluginJar();
  }

  public PluginJar id(String id) {
    this.id = id;
    return this;
  }

  public PluginJar version(String version) {
    this.version = version;
    return this;
  }

  /** The PF4J {@code Plugin} subclass, for plugins that need start/stop hooks. */
  public PluginJar pluginClass(Class<?> type) {
    this.pluginClass = type.getName();
    return classes(type);
  }

  /** The module's extension: listed in the extension index and packed. */
  public PluginJar extension(Class<?> type) {
    entries.put("META-INF/extensions.idx", (type.getName() + "\n").getBytes(StandardCharsets.UTF_8));
    return classes(type);
  }

  /** Packs these classes, with their nested classes. */
  public PluginJar classes(Class<?>... types) {
    for (Class<?> type : types) {
      packClass(type);
      for (Class<?> nested : type.getDeclaredClasses()) {
        packClass(nested);
      }
    }
    return this;
  }

  /** Packs a resource from the test class path under the same name. */
  public PluginJar resource(String name) {
    return resource(name, read(name));
  }

  public PluginJar resource(String name, byte[] content) {
    entries.put(name, content);
    return this;
  }

  public PluginJar resource(String name, String content) {
    return resource(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the jar into {@code folder} and returns its path. */
  public Path writeTo(Path folder, String fileName) throws IOException {
    Files.createDirectories(folder);
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (id != null) {
      main.putValue("Plugin-Id", id);
      main.putValue("Plugin-Version", version);
      main.putValue("Plugin-Provider", "Sahakum tests");
    }
    if (pluginClass != null) {
      main.putValue("Plugin-Class", pluginClass);
    }
    Path jar = folder.resolve(fileName);
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
      // folder entries too, as Maven writes them: class loaders find folders (migrations) only so
      java.util.Set<String> dirs = new java.util.TreeSet<>();
      for (String name : entries.keySet()) {
        for (int i = name.indexOf('/'); i > 0; i = name.indexOf('/', i + 1)) {
          dirs.add(name.substring(0, i + 1));
        }
      }
      dirs.remove("META-INF/");
      for (String dir : dirs) {
        zip.putNextEntry(new JarEntry(dir));
        zip.closeEntry();
      }
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new JarEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return jar;
  }

  private void packClass(Class<?> type) {
    String name = type.getName().replace('.', '/') + ".class";
    entries.put(name, read(name));
  }

  private static byte[] read(String name) {
    try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("not on the test class path: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

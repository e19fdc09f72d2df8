package org.sahakum.core.modules;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The custom elements a module's UI definition asks for, where data cannot say it: views of kind
 * {@code element} with a {@code tag} and a {@code script}. Each script is a self-contained ES
 * module at {@code ui/<module id>/<script>} in the module's own jar; it is read and checked once,
 * at load, so a request can only ever name one of these files and never reach the jar or the disk.
 */
final class ModuleElements {
  static final String KIND = "element";
  /** A plain file name: no folder, no dot segment, no encoding tricks; the web app checks the same. */
  static final Pattern SCRIPT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}\\.js");
  private static final Pattern TAG_TAIL = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  /** Far more than an element needs; the whole app's first load is under 150 KB. */
  static final int MAX_BYTES = 128 * 1024;

  private ModuleElements() {}

  /** The scripts the element views of {@code ui} name, by file name; refuses the module on any flaw. */
  static Map<String, ElementScript> read(String moduleId, JsonObject ui, ClassLoader loader) throws IOException {
    Map<String, ElementScript> scripts = new HashMap<>();
    Map<String, String> scriptOfTag = new HashMap<>();
    for (JsonValue v : ui.getJsonArray("views")) {
      JsonObject view = v.asJsonObject();
      if (!KIND.equals(view.getString("kind"))) {
        continue;
      }
      String where = "element view '" + view.getString("id") + "'";
      String tag = text(view, "tag", where);
      String script = text(view, "script", where);
      if (!validTag(moduleId, tag)) {
        throw new IllegalArgumentException(where + ": tag '" + tag + "' must be '" + moduleId
            + "-' followed by lower-case letters, digits and single hyphens");
      }
      if (!SCRIPT.matcher(script).matches()) {
        throw new IllegalArgumentException(where + ": script '" + script + "' must be a plain name such as receipt.js");
      }
      String earlier = scriptOfTag.putIfAbsent(tag, script);
      if (earlier != null && !earlier.equals(script)) {
        throw new IllegalArgumentException(where + ": tag '" + tag + "' is already defined by " + earlier);
      }
      if (!scripts.containsKey(script)) {
        scripts.put(script, ElementScript.of(script, load(moduleId, script, loader)));
      }
    }
    return Map.copyOf(scripts);
  }

  /** The module's own prefix keeps its elements apart from the core's and from other modules'. */
  static boolean validTag(String moduleId, String tag) {
    String prefix = moduleId + "-";
    return tag.startsWith(prefix) && TAG_TAIL.matcher(tag.substring(prefix.length())).matches();
  }

  private static byte[] load(String moduleId, String script, ClassLoader loader) throws IOException {
    String resource = "ui/" + moduleId + "/" + script;
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("element script " + resource + " is missing");
      }
      byte[] content = in.readNBytes(MAX_BYTES + 1);
      if (content.length == 0 || content.length > MAX_BYTES) {
        throw new IllegalArgumentException("element script " + resource + " must hold 1 to " + MAX_BYTES + " bytes");
      }
      try {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
      } catch (CharacterCodingException e) {
        throw new IllegalArgumentException("element script " + resource + " is not UTF-8 text");
      }
      return content;
    }
  }

  private static String text(JsonObject o, String key, String where) {
    if (!(o.get(key) instanceof JsonString s) || s.getString().isBlank()) {
      throw new IllegalArgumentException(where + " needs a text '" + key + "'");
    }
    return s.getString();
  }
}

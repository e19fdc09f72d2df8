package org.sahakum.core.platform;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Every JSON body, the core's and the modules', before anything reads it: no larger than
 * {@value #MAX_BODY_BYTES} bytes, no text longer than {@value #MAX_TEXT_CHARS} characters, and no
 * character that has no business in a name or a note: control characters other than tab and line
 * breaks, and the bidirectional overrides that make text display as something it is not.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class PlainTextGuard implements ContainerRequestFilter {
  static final int MAX_BODY_BYTES = 1 << 20;
  static final int MAX_TEXT_CHARS = 10_000;

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (!request.hasEntity() || type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      return;
    }
    byte[] body = readLimited(request.getEntityStream());
    check(body);
    request.setEntityStream(new ByteArrayInputStream(body));
  }

  private static byte[] readLimited(InputStream in) {
    try {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw new ClientErrorException("The request body is larger than " + MAX_BODY_BYTES / 1024 + " KiB.", 413);
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void check(byte[] body) {
    Deque<String> path = new ArrayDeque<>();
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT -> path.push("");
          case END_OBJECT -> path.pop();
          case KEY_NAME -> {
            checkText("a field name", parser.getString());
            path.pop();
            path.push(parser.getString());
          }
          case VALUE_STRING -> checkText(name(path), parser.getString());
          default -> { }
        }
      }
    } catch (JsonParsingException | java.util.NoSuchElementException e) {
      throw new BadRequestException("The request body is not valid JSON.");
    }
  }

  private static String name(Deque<String> path) {
    List<String> keys = new ArrayList<>(path);
    Collections.reverse(keys);
    String joined = String.join(".", keys.stream().filter(k -> !k.isEmpty()).toList());
    return joined.isEmpty() ? "a text" : joined;
  }

  private static void checkText(String field, String text) {
    if (text.length() > MAX_TEXT_CHARS) {
      throw new BadRequestException(field + ": longer than " + MAX_TEXT_CHARS + " characters.");
    }
    int bad = firstForbidden(text);
    if (bad >= 0) {
      throw new BadRequestException(String.format("%s: holds a character that is not allowed (U+%04X); control "
          + "characters and direction overrides are refused.", field, bad));
    }
  }

  /** The first forbidden code point of {@code text}, or -1. */
  static int firstForbidden(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
      boolean bidiOverride = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      if (control || bidiOverride) {
        return c;
      }
    }
    return -1;
  }
}

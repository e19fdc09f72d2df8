package org.sahakum.core.platform;

import jakarta.annotation.Priority;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.JsonException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

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
  /** Found once: {@code Json.createParser} looks the provider up on the class path at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = mediaType(request);
    if (!request.hasEntity() || type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      return;
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null && !charset.strip().equalsIgnoreCase("utf-8")) {
      throw new NotSupportedException("A JSON body is sent as UTF-8 (charset=utf-8), not " + printable(charset) + ".");
    }
    byte[] body = readLimited(request.getEntityStream());
    check(body);
    request.setEntityStream(new ByteArrayInputStream(body));
  }

  private static MediaType mediaType(ContainerRequestContext request) {
    try {
      return request.getMediaType();
    } catch (RuntimeException e) { // Jersey's header parser throws IllegalArgumentException or ProcessingException
      throw new NotSupportedException("The Content-Type header is not a media type.");
    }
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

  /**
   * Reads the body as the application will read it: UTF-8, which JSON must be (RFC 8259). The
   * parser is given characters, not bytes: left to guess the encoding of bytes, it failed with a
   * server error on bodies shorter than four bytes.
   */
  static void check(byte[] body) {
    Deque<String> path = new ArrayDeque<>();
    try (JsonParser parser = JSON.createParser(new StringReader(utf8(body)))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT -> path.push("");
          case END_OBJECT -> path.pop();
          case KEY_NAME -> {
            checkText(() -> "a field name", parser.getString());
            path.pop();
            path.push(parser.getString());
          }
          case VALUE_STRING -> checkText(() -> name(path), parser.getString()); // named only when refused
          default -> { }
        }
      }
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
      throw new BadRequestException("The request body is not valid JSON.");
    }
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadRequestException("The request body is not UTF-8 text.");
    }
  }

  /** A charset name as the caller gave it, cut short and without anything that is not plain ASCII. */
  private static String printable(String charset) {
    String plain = charset.replaceAll("[^A-Za-z0-9._:-]", "?");
    return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
  }

  private static String name(Deque<String> path) {
    String joined = String.join(".", path.reversed().stream().filter(k -> !k.isEmpty()).toList());
    return joined.isEmpty() ? "a text" : joined;
  }

  private static void checkText(Supplier<String> field, String text) {
    if (text.length() > MAX_TEXT_CHARS) {
      throw new BadRequestException(field.get() + ": longer than " + MAX_TEXT_CHARS + " characters.");
    }
    int bad = firstForbidden(text);
    if (bad >= 0) {
      throw new BadRequestException(String.format("%s: holds a character that is not allowed (U+%04X); control "
          + "characters and direction overrides are refused.", field.get(), bad));
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

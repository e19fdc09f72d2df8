package org.sahakum.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BadRequestException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextGuardTest {

  @Test
  void khmer_text_line_breaks_and_tabs_pass() {
    PlainTextGuard.check("{\"workingName\":\"ស្រីមុំ\",\"note\":\"line one\\nline two\\tend\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(-1, PlainTextGuard.firstForbidden("កម្ពុជា Cambodia 012 345 678"));
  }

  @Test
  void escaped_control_characters_and_direction_overrides_are_refused() {
    assertThrows(BadRequestException.class, () -> PlainTextGuard.check("{\"a\":\"bell\\u0007\"}".getBytes(StandardCharsets.UTF_8)));
    assertThrows(BadRequestException.class, () -> PlainTextGuard.check("{\"a\\u0000\":1}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(0x202E, PlainTextGuard.firstForbidden("name\u202Egpj.exe"));
    assertEquals(0x85, PlainTextGuard.firstForbidden("next\u0085line"));
  }

  @Test
  void the_refusal_names_the_field() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> PlainTextGuard.check(
        "{\"names\":{\"km\":\"ok\",\"en\":\"bad\\u0007\"},\"slug\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().startsWith("names.en:"), e.getMessage());
  }

  @Test
  void an_oversized_text_and_broken_json_are_refused() {
    String big = "{\"a\":\"" + "x".repeat(PlainTextGuard.MAX_TEXT_CHARS + 1) + "\"}";
    assertThrows(BadRequestException.class, () -> PlainTextGuard.check(big.getBytes(StandardCharsets.UTF_8)));
    assertThrows(BadRequestException.class, () -> PlainTextGuard.check("{\"a\":".getBytes(StandardCharsets.UTF_8)));
  }
}

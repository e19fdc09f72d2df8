package org.sahakum.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

/** Ill-typed bodies fail instead of passing as something else. */
class StrictJsonTest {
  private final Jsonb jsonb = new StrictJson().getContext(Object.class);

  public record Choice(Boolean boxed, boolean plain, String text) {}

  @Test
  void yes_no_fields_take_only_true_or_false() {
    Choice c = jsonb.fromJson("{\"boxed\":true,\"plain\":false,\"text\":\"a\"}", Choice.class);
    assertEquals(Boolean.TRUE, c.boxed());
    assertEquals(false, c.plain());
    assertNull(jsonb.fromJson("{\"boxed\":null,\"plain\":true}", Choice.class).boxed());
    assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"boxed\":\"yes\"}", Choice.class), "text read as false");
    assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"boxed\":1}", Choice.class), "a number read as a yes/no");
  }

  @Test
  void text_fields_take_only_text_and_unknown_fields_fail() {
    assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"text\":12345}", Choice.class));
    assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"text\":\"a\",\"admin\":true}", Choice.class));
  }
}

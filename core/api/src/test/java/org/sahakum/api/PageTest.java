package org.sahakum.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {
  private static final List<Integer> SIX = IntStream.rangeClosed(1, 6).boxed().toList();

  @Test
  void a_short_list_read_whole_is_answered_a_page_at_a_time() {
    assertEquals(SIX, Page.window(SIX, 0, 50));
    assertEquals(List.of(1, 2), Page.window(SIX, 0, 2));
    assertEquals(List.of(5, 6), Page.window(SIX, 4, 2));
    assertEquals(List.of(6), Page.window(SIX, 5, 50));
    assertEquals(List.of(), Page.window(SIX, 6, 50), "past the end: no rows, not a failure");
    assertEquals(List.of(), Page.window(SIX, 1_000_000, 200));
  }

  @Test
  void a_negative_offset_or_an_empty_page_is_a_mistake() {
    assertThrows(IllegalArgumentException.class, () -> Page.window(SIX, -1, 50));
    assertThrows(IllegalArgumentException.class, () -> Page.window(SIX, 0, 0));
  }
}

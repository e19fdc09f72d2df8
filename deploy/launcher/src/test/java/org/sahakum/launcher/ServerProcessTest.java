package org.sahakum.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerProcessTest {
  @Test
  void the_native_heap_is_trimmed_where_java_knows_the_option_and_java_21_still_starts() {
    assertEquals(List.of("-XX:TrimNativeHeapInterval=10000"), ServerProcess.trimNativeHeap(25));
    assertEquals(List.of("-XX:TrimNativeHeapInterval=10000"), ServerProcess.trimNativeHeap(22));
    assertEquals(List.of(), ServerProcess.trimNativeHeap(21));
  }

  @Test
  void compact_object_headers_only_where_they_are_a_product_option() {
    assertEquals(List.of("-XX:+UseCompactObjectHeaders"), ServerProcess.compactObjectHeaders(25));
    assertEquals(List.of("-XX:+UseCompactObjectHeaders"), ServerProcess.compactObjectHeaders(26));
    assertEquals(List.of(), ServerProcess.compactObjectHeaders(24));
    assertEquals(List.of(), ServerProcess.compactObjectHeaders(21));
  }
}

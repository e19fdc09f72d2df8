package org.sahakum.plugins.uniondues.receipts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReceiptPageTest {
  private final ReceiptView receipt = new ReceiptView(42, "wnu", "WNU-SS-0007", "<script>alert(1)</script>", 1_200_000,
      "KHR", LocalDate.of(2025, 3, 1), "CASH", "2025-06", 17, Instant.parse("2025-03-01T03:00:00Z"), false);

  @Test
  void khmer_receipt_uses_khmer_labels_and_digits() {
    String html = ReceiptPage.html(receipt, "km");
    assertTrue(html.contains("បង្កាន់ដៃវិភាគទានសហជីព"), html);
    assertTrue(html.contains("១២,០០០.០០ រៀល"), html);
    assertTrue(html.contains("លេខបង្កាន់ដៃ</dt><dd>៤២"), html);
  }

  @Test
  void english_receipt_and_escaping() {
    String html = ReceiptPage.html(receipt, "en");
    assertTrue(html.contains("Union dues receipt"), html);
    assertTrue(html.contains("12,000.00 riel"), html);
    assertFalse(html.contains("<script>"), "a working name is text, never markup");
    assertTrue(html.contains("&lt;script&gt;"), html);
  }
}

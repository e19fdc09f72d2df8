package org.sahakum.plugins.organising.stock;

import java.time.LocalDate;

/** A delivery as {@code GET stock/receipts} answers it. */
public record ReceiptView(long id, String materialKind, int quantity, LocalDate receivedOn, String source) {

  static ReceiptView of(StockReceipt r) {
    return new ReceiptView(r.getId(), r.getKind(), r.getQuantity(), r.getReceivedOn(), r.getSource());
  }
}

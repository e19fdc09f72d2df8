package org.sahakum.plugins.organising.stock;

/** One kind of material as {@code GET stock} answers it: received, given out and what is left here. */
public record StockView(String materialKind, long received, long givenOut, long left) {}

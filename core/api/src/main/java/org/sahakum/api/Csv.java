package org.sahakum.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV lines that a spreadsheet opens as text, never as a formula: a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe (OWASP's CSV-injection
 * advice), and every cell is quoted.
 */
public final class Csv {

  private Csv() {}

  /** One line, ending in CRLF (RFC 4180). Null cells are empty. */
  public static String row(List<String> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(",", "", "\r\n"));
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "\"\"";
    }
    char first = value.charAt(0);
    String safe = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}

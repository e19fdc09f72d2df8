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
    return "\"" + text(value).replace("\"", "\"\"") + "\"";
  }

  /**
   * The text a spreadsheet must show as text, for other export formats (XLSX): {@code value} with a
   * leading apostrophe when it starts with {@code = + - @}, a tab or a carriage return. Null stays null.
   */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + value : value;
  }
}

package org.sahakum.plugins.uniondues.export;

import java.util.List;

/**
 * A report as rows of cells, ready for CSV or XLSX. A cell is a {@link String} (always shown as
 * text, formulas escaped) or a {@link Long} (a number); null is empty. The rows may be read as they
 * are written ({@link PagedRows}): an export of any size holds one page in memory.
 */
public record Table(String name, List<String> headers, Iterable<List<Object>> rows) {
  public Table {
    headers = List.copyOf(headers);
  }
}

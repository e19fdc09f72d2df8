package org.sahakum.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void a_cell_that_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() {
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Csv.cell("=HYPERLINK(\"http://x\")"));
    assertEquals("\"'+855 12\"", Csv.cell("+855 12"));
    assertEquals("\"'-1\"", Csv.cell("-1"));
    assertEquals("\"'@SUM(A1)\"", Csv.cell("@SUM(A1)"));
    assertEquals("\"'\tx\"", Csv.cell("\tx"));
  }

  @Test
  void plain_cells_and_khmer_pass_unchanged_and_a_row_ends_in_crlf() {
    assertEquals("\"WNU-SR-0001\",\"ស្រីមុំ\",\"\"\r\n", Csv.row(Arrays.asList("WNU-SR-0001", "ស្រីមុំ", null)));
    assertEquals("\"a,b\"\r\n", Csv.row(List.of("a,b")));
  }
}

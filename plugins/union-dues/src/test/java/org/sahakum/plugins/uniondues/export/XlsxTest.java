package org.sahakum.plugins.uniondues.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class XlsxTest {
  private final Table table = new Table("arrears", List.of("memberCode", "workingName", "arrearsMinor"),
      List.of(List.of("WNU-0001", "=HYPERLINK(\"http://x\")", 12_500L), List.of("WNU-0002", "<b>&", -3L)));

  @Test
  void a_workbook_has_its_parts_and_no_formula() throws IOException {
    Map<String, String> parts = unzip(Xlsx.write(table));
    assertTrue(parts.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml")), parts.keySet().toString());
    String sheet = parts.get("xl/worksheets/sheet1.xml");
    assertFalse(sheet.contains("<f>"), "no cell is a formula");
    assertTrue(sheet.contains("<t xml:space=\"preserve\">'=HYPERLINK(&quot;http://x&quot;)</t>"), sheet);
    assertTrue(sheet.contains("&lt;b&gt;&amp;"), sheet);
    assertTrue(sheet.contains("<c t=\"n\"><v>12500</v></c>"), sheet);
  }

  @Test
  void csv_escapes_formulas_too() {
    String csv = Exports.csv(table);
    assertTrue(csv.startsWith("\"memberCode\",\"workingName\",\"arrearsMinor\"\r\n"), csv);
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
  }

  private static Map<String, String> unzip(byte[] bytes) throws IOException {
    Map<String, String> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertEquals(5, parts.size());
    return parts;
  }
}

package org.sahakum.plugins.uniondues.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sahakum.api.Csv;

/**
 * The smallest valid Office Open XML workbook: one sheet, inline strings and numbers. No cell
 * is ever written as a formula ({@code <f>}), and text that a spreadsheet would read as one once
 * edited gets the same leading apostrophe as in CSV ({@link Csv#text}). Written without a
 * library so the plugin jar needs nothing beyond the module API.
 */
public final class Xlsx {
  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Xlsx() {}

  public static byte[] write(Table table) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(table, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes the workbook to {@code out} as it goes, a row at a time (a large export is never held whole). */
  public static void write(Table table, OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
          <Default Extension="xml" ContentType="application/xml"/>\
          <Override PartName="/xl/workbook.xml" \
          ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
          <Override PartName="/xl/worksheets/sheet1.xml" \
          ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
          </Types>""");
      put(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
          Target="xl/workbook.xml"/></Relationships>""");
      put(zip, "xl/workbook.xml", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
          xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
          <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(escape(table.name())));
      put(zip, "xl/_rels/workbook.xml.rels", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
          Target="worksheets/sheet1.xml"/></Relationships>""");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      StringBuilder xml = new StringBuilder();
      row(xml, 1, List.copyOf(table.headers()));
      int r = 2;
      for (List<Object> cells : table.rows()) {
        row(xml, r++, cells);
        sheet.append(xml);
        xml.setLength(0);
      }
      sheet.append(xml).write("</sheetData></worksheet>");
      sheet.flush();
      zip.closeEntry();
    }
  }

  private static void row(StringBuilder xml, int r, List<?> cells) {
    xml.append("<row r=\"").append(r).append("\">");
    for (Object cell : cells) {
      if (cell instanceof Long n) {
        xml.append("<c t=\"n\"><v>").append(n).append("</v></c>");
      } else if (cell == null) {
        xml.append("<c/>");
      } else {
        xml.append("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(Csv.text(cell.toString())))
            .append("</t></is></c>");
      }
    }
    xml.append("</row>");
  }

  /** XML text: markup characters escaped, and characters XML 1.0 cannot carry dropped. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}

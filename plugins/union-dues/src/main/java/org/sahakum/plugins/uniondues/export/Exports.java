package org.sahakum.plugins.uniondues.export;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sahakum.api.Csv;
import org.sahakum.api.ModuleContext;

/** Answers a {@link Table} as a CSV or XLSX download, and writes the export to the audit trail. */
public final class Exports {
  /** The formats a {@code format} query parameter may name. */
  public static final String FORMATS = "csv|xlsx";

  private Exports() {}

  /**
   * The table as a download, written to the answer a row at a time. Exports name members and
   * chapters: the caller clears the request with {@link #requireOpen} before it reads the rows.
   * The file is named after the table, never after a person.
   */
  public static Response download(ModuleContext ctx, Table table, String format, String auditAction) {
    String file = table.name() + "." + format;
    Response.ResponseBuilder r = switch (format) {
      case "csv" -> Response.ok((StreamingOutput) out -> csv(table, out), "text/csv; charset=UTF-8");
      case "xlsx" -> Response.ok((StreamingOutput) out -> Xlsx.write(table, out), Xlsx.MEDIA_TYPE);
      default -> throw new BadRequestException("format must be csv or xlsx.");
    };
    ctx.audit().recordRead(auditAction, "export", format);
    return r.header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .header("Cache-Control", "no-store").build();
  }

  /**
   * 423 while {@code chapterId} (or, when null, any chapter of the organisation) is locked down:
   * nothing about its members is exported until the lockdown is lifted.
   */
  public static void requireOpen(ModuleContext ctx, Long chapterId) {
    if (chapterId == null) {
      ctx.lockdown().requireAllOpen();
    } else {
      ctx.lockdown().requireOpen(chapterId);
    }
  }

  static String csv(Table table) {
    var out = new java.io.ByteArrayOutputStream();
    try {
      csv(table, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void csv(Table table, OutputStream out) throws IOException {
    Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.write(Csv.row(table.headers()));
    for (List<Object> cells : table.rows()) {
      List<String> text = new ArrayList<>(cells.size());
      cells.forEach(c -> text.add(c == null ? null : c.toString()));
      w.write(Csv.row(text));
    }
    w.flush();
  }
}

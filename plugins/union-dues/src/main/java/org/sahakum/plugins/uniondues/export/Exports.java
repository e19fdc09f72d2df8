package org.sahakum.plugins.uniondues.export;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
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
   * The table as a download. Exports name members and chapters: the caller clears the request
   * with {@link #requireOpen} before it reads the rows.
   */
  public static Response download(ModuleContext ctx, Table table, String format, String auditAction) {
    String file = table.name() + "." + format;
    Response.ResponseBuilder r = switch (format) {
      case "csv" -> Response.ok(csv(table).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8");
      case "xlsx" -> Response.ok(Xlsx.write(table), Xlsx.MEDIA_TYPE);
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
    StringBuilder out = new StringBuilder(Csv.row(table.headers()));
    for (List<Object> cells : table.rows()) {
      List<String> text = new ArrayList<>(cells.size());
      cells.forEach(c -> text.add(c == null ? null : c.toString()));
      out.append(Csv.row(text));
    }
    return out.toString();
  }
}

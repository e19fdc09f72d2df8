package org.sahakum.api;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The one paging contract of a list the web app pages ({@code "paged": true} in the UI
 * definition, and the core's register): the list takes {@code ?offset=} (rows skipped, from 0)
 * and {@code ?limit=} (rows answered, 1 to {@value #MAX_LIMIT}), answers the page as a JSON array,
 * and says in the {@value #TOTAL_HEADER} header how many rows the whole list has with the same
 * query, so a person sees "1–50 of 1,234" and can reach every row.
 */
public final class Page {
  /** The header that carries the whole list's row count. */
  public static final String TOTAL_HEADER = "X-Total-Count";
  /** The largest page a list answers. */
  public static final int MAX_LIMIT = 200;

  private Page() {}

  /** The page's rows as the body, with the whole list's count in {@value #TOTAL_HEADER}. */
  public static Response of(List<?> rows, long total) {
    if (total < 0) {
      throw new IllegalArgumentException("a total is never negative");
    }
    return Response.ok(rows).header(TOTAL_HEADER, total).build();
  }

  /**
   * A page of a list that is read whole because it is short by nature (a row per chapter, per
   * kind of material): rows {@code offset} to {@code offset + limit} of {@code all}, with its size
   * as the total. A list that grows with the records pages in its query instead.
   */
  public static Response slice(List<?> all, int offset, int limit) {
    return of(window(all, offset, limit), all.size());
  }

  /** The rows of {@code all} from {@code offset}, at most {@code limit}; none past its end. */
  static <T> List<T> window(List<T> all, int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("an offset is never negative and a page holds a row at least");
    }
    int from = Math.min(offset, all.size());
    return List.copyOf(all.subList(from, from + Math.min(limit, all.size() - from)));
  }
}

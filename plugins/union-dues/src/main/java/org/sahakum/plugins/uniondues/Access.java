package org.sahakum.plugins.uniondues;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.sahakum.api.ChapterMandate;
import org.sahakum.api.ModuleContext;

/** The checks every union-dues call starts with. */
public final class Access {
  private Access() {}

  /**
   * Dues are kept by the organisation, where receipt numbers run in one sequence; at a chapter
   * only a member's own standing is answered.
   */
  public static void requireOrganisation(ModuleContext ctx) {
    if (!"organisation".equals(ctx.tenant().type())) {
      throw new NotFoundException("Union dues are kept by the organisation: open them at the organisation, "
          + "not at one of its chapters.");
    }
  }

  /**
   * Whom the caller acts for, through the core's {@link org.sahakum.api.ChapterMandates} port: at the
   * organisation, the whole of it; at a chapter, that chapter's members only, in the organisation's
   * ledger ({@link ChapterMandate#organisation()}); 403 for a caller holding none of {@code permissions}
   * here.
   */
  public static ChapterMandate actingFor(ModuleContext ctx, String... permissions) {
    return ctx.chapterMandates().require(permissions);
  }

  /** The JPQL condition that keeps an entity {@code e} with a {@code chapterId} to {@link #limitTo}'s mandate. */
  public static final String IN_MANDATE = "(:whole = 1 OR e.chapterId IN :chapters)";

  /** Sets the parameters of {@link #IN_MANDATE} on {@code q}. */
  public static <T> TypedQuery<T> limitTo(TypedQuery<T> q, ChapterMandate mandate) {
    List<Long> chapters = mandate.chapterIds();
    return q.setParameter("whole", mandate.wholeOrganisation() ? 1 : 0)
        .setParameter("chapters", chapters.isEmpty() ? List.of(-1L) : chapters);
  }

  /** Whether a row kept for {@code chapterId} is one the mandate covers. */
  public static boolean covers(ChapterMandate mandate, Long chapterId) {
    return mandate.wholeOrganisation() || chapterId != null && mandate.chapterIds().contains(chapterId);
  }

  /** A well-formed request that cannot be carried out as asked: 422 with {@code detail}. */
  public static ClientErrorException unprocessable(String detail) {
    return new ClientErrorException(detail, 422);
  }

  /** A request that clashes with what is stored: 409 with {@code detail}. */
  public static ClientErrorException conflict(String detail) {
    return new ClientErrorException(detail, 409);
  }
}

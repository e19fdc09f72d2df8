package org.sahakum.plugins.uniondues.arrears;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sahakum.api.ChapterMandate;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Page;
import org.sahakum.api.TenantRef;
import org.sahakum.plugins.uniondues.Access;
import org.sahakum.plugins.uniondues.Months;
import org.sahakum.plugins.uniondues.UnionDuesPermissions;
import org.sahakum.plugins.uniondues.enrolments.DuesEnrolment;
import org.sahakum.plugins.uniondues.enrolments.Position;
import org.sahakum.plugins.uniondues.export.Exports;
import org.sahakum.plugins.uniondues.export.PagedRows;
import org.sahakum.plugins.uniondues.export.Table;
import org.sahakum.plugins.uniondues.members.DuesMembers;

/** {@code arrears}: who owes dues, by chapter; the totals per chapter; and their export. */
@Produces(MediaType.APPLICATION_JSON)
public class ArrearsResource {
  /** The export reads the database so many rows at a time, however many there are. */
  private static final int EXPORT_PAGE = 500;

  private final ModuleContext request;
  private ChapterMandate mandate;
  private ModuleContext ctx;

  public ArrearsResource(ModuleContext ctx) {
    this.request = ctx;
  }

  /**
   * Members in arrears, longest-owing first; {@code chapter} (a slug) narrows to one chapter. A
   * page of them, with the whole count ({@link Page}). Audited.
   */
  @GET
  public Response list(@QueryParam("chapter") @Pattern(regexp = "[a-z0-9-]{1,63}") String chapter,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    requireReader();
    List<ArrearsRow> rows = rows(chapter, offset, limit);
    long total = new ArrearsQueries(ctx.entityManager()).count(Months.index(LocalDate.now(ctx.clock())),
        chapterId(chapterSlugs(), chapter));
    ctx.audit().recordRead("arrears.read", "member", null);
    return Page.of(rows, total);
  }

  /**
   * Members in arrears, members and money owed, per chapter and currency: a page of them, with how
   * many rows there are in {@code X-Total-Count} (a row per chapter and currency, read whole).
   */
  @GET
  @Path("chapters")
  public Response byChapter(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
    requireReader();
    Map<Long, String> slugs = chapterSlugs();
    List<ChapterArrears> out = new ArrayList<>();
    byChapterHere().forEach((key, t) -> out.add(new ChapterArrears(key.get(0) == null ? null : slugs.get((Long) key.get(0)),
            (String) key.get(1), t[0], t[1], t[2])));
    out.sort(java.util.Comparator.comparing((ChapterArrears c) -> c.chapter() == null ? "" : c.chapter())
        .thenComparing(ChapterArrears::currency));
    return Page.slice(out, offset, limit);
  }

  /** How many members are in arrears, for the home screen: a number only, so not an audited read. */
  @GET
  @Path("count")
  public JsonObject count() {
    requireReader();
    long members = byChapterHere().values().stream().mapToLong(t -> t[0]).sum();
    return Json.createObjectBuilder().add("count", members).build();
  }

  /** Every member in arrears (of a chapter) as CSV or XLSX, longest-owing first. Audited. */
  @GET
  @Path("export")
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
  public Response export(@QueryParam("format") @NotNull @Pattern(regexp = Exports.FORMATS) String format,
      @QueryParam("chapter") @Pattern(regexp = "[a-z0-9-]{1,63}") String chapter) {
    requireReader();
    Exports.requireOpen(ctx, chapterId(chapterSlugs(), chapter));
    Map<Long, String> slugs = chapterSlugs();
    Long chapterId = chapterId(slugs, chapter);
    LocalDate today = LocalDate.now(ctx.clock());
    ArrearsQueries queries = new ArrearsQueries(ctx.entityManager());
    Table table = new Table("arrears", List.of("memberCode", "workingName", "chapter", "currency", "periodsOwed",
        "arrearsMinor", "coveredUntil", "inGoodStanding"), new PagedRows(new Supplier<>() {
          private DuesEnrolment last;

          @Override
          public List<List<Object>> get() {
            // pages whose members were all erased meanwhile are passed over, not taken for the end
            while (true) {
              List<DuesEnrolment> page = queries.pageAfter(Months.index(today), chapterId,
                  last == null ? null : last.getCoveredUntil(), last == null ? null : last.getId(), EXPORT_PAGE);
              if (page.isEmpty()) {
                return List.of();
              }
              last = page.get(page.size() - 1);
              List<ArrearsRow> rows = rows(page, slugs, today);
              // a page's entities are not needed once their cells are taken: the context stays small
              ctx.entityManager().clear();
              if (!rows.isEmpty()) {
                return rows.stream().map(r -> List.<Object>of(r.memberCode(), r.workingName(),
                    r.chapter() == null ? "" : r.chapter(), r.currency(), (long) r.periodsOwed(), r.arrearsMinor(),
                    r.coveredUntil(), r.inGoodStanding() ? "yes" : "no")).toList();
              }
            }
          }
        }));
    return Exports.download(ctx, table, format, "arrears.exported");
  }

  private List<ArrearsRow> rows(String chapter, int offset, int limit) {
    Map<Long, String> slugs = chapterSlugs();
    LocalDate today = LocalDate.now(ctx.clock());
    return rows(new ArrearsQueries(ctx.entityManager()).page(Months.index(today), chapterId(slugs, chapter), offset,
        limit), slugs, today);
  }

  private List<ArrearsRow> rows(List<DuesEnrolment> page, Map<Long, String> slugs, LocalDate today) {
    Map<Long, MemberRef> members = DuesMembers.byIds(ctx, page.stream().map(DuesEnrolment::getMemberId).toList());
    Set<Long> exempt = exemptToday(page, today);
    List<ArrearsRow> rows = new ArrayList<>(page.size());
    for (DuesEnrolment e : page) {
      MemberRef m = members.get(e.getMemberId());
      if (m == null) {
        continue;
      }
      Position p = e.position(today, exempt.contains(e.getId()));
      rows.add(new ArrearsRow(m.id(), m.memberCode(), m.workingName(), slugs.get(e.getChapterId()), e.getCurrency(),
          p.periodsOwed(), p.arrearsMinor(), Months.label(p.coveredUntil()), p.inGoodStanding()));
    }
    return rows;
  }

  /**
   * Arrears are read with {@code dues:report:read}; at a chapter, through the core's mandate, that
   * chapter's only.
   */
  private void requireReader() {
    mandate = Access.actingFor(request, UnionDuesPermissions.REPORT_READ);
    ctx = mandate.organisation();
  }

  /** The totals per chapter and currency, of the chapters the mandate covers. */
  private Map<List<Object>, long[]> byChapterHere() {
    Map<List<Object>, long[]> totals = new ArrearsTotals(ctx.entityManager())
        .byChapter(Months.index(LocalDate.now(ctx.clock())));
    totals.keySet().removeIf(key -> !Access.covers(mandate, (Long) key.get(0)));
    return totals;
  }

  /**
   * The id of the chapter named by {@code chapter} (a slug), null for none; 400 for one not here. At
   * a chapter, always that chapter.
   */
  private Long chapterId(Map<Long, String> slugs, String chapter) {
    if (chapter == null) {
      return mandate.wholeOrganisation() ? null : mandate.chapterIds().getFirst();
    }
    return slugs.entrySet().stream().filter(e -> e.getValue().equals(chapter)).map(Map.Entry::getKey)
        .findFirst().orElseThrow(() -> new jakarta.ws.rs.BadRequestException("chapter: no such chapter here."));
  }

  private Set<Long> exemptToday(List<DuesEnrolment> page, LocalDate today) {
    if (page.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(ctx.entityManager().createQuery("SELECT x.enrolmentId FROM DuesExemption x "
            + "WHERE x.enrolmentId IN :ids AND x.startsOn <= :d AND x.expiresOn >= :d", Long.class)
        .setParameter("ids", page.stream().map(DuesEnrolment::getId).toList()).setParameter("d", today)
        .getResultList());
  }

  private Map<Long, String> chapterSlugs() {
    return ctx.members().chapters().stream().collect(Collectors.toMap(TenantRef::id, TenantRef::slug));
  }
}

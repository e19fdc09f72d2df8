package org.sahakum.core.aggregates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sahakum.api.LocalizedText;
import org.sahakum.core.members.Members;
import org.sahakum.core.modules.ModuleIndicators;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/**
 * The indicators an organisation can publish (the core's members by chapter, and those of its
 * switched-on modules), their raw counts, and which ones it publishes.
 */
@ApplicationScoped
public class Indicators {
  static final String MEMBERS_BY_CHAPTER = "core.members-by-chapter";
  private static final LocalizedText MEMBERS_BY_CHAPTER_NAME =
      LocalizedText.of("សមាជិកសកម្មតាមសាខា", "Active members by chapter");

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject Members members;
  @Inject Tenants tenants;
  @Inject ModuleIndicators moduleIndicators;

  /**
   * An indicator offered at an organisation; {@code cellNames}: what each cell's label is called
   * in km and en where the label is a code (a chapter, a category), so no screen shows the code.
   */
  public record Available(String id, LocalizedText name, Map<String, LocalizedText> cellNames) {}

  List<Available> at(Tenant org) {
    List<Available> out = new ArrayList<>();
    Map<String, LocalizedText> places = new LinkedHashMap<>();
    tenants.children(org.getId()).forEach(c -> putName(places, c));
    putName(places, org);
    out.add(new Available(MEMBERS_BY_CHAPTER, MEMBERS_BY_CHAPTER_NAME, places));
    for (ModuleIndicators.Offered o : moduleIndicators.offeredAt(org)) {
      Map<String, LocalizedText> names = o.cellNames();
      if (o.chapterCells()) {
        names = new LinkedHashMap<>(names);
        names.putAll(places);
      }
      out.add(new Available(o.id(), o.name(), names));
    }
    return out;
  }

  private static void putName(Map<String, LocalizedText> names, Tenant t) {
    if (t.getNameKm() != null && !t.getNameKm().isBlank() && t.getNameEn() != null && !t.getNameEn().isBlank()) {
      names.put(t.getSlug(), new LocalizedText(t.getNameKm(), t.getNameEn()));
    }
  }

  /** The raw counts: never to leave the organisation without {@link SmallCellSuppression}. */
  Optional<Map<String, Long>> count(Tenant org, String id, long accountId) {
    if (MEMBERS_BY_CHAPTER.equals(id)) {
      Map<Long, Long> byChapter = members.activeByChapter(org.getId());
      Map<String, Long> cells = new LinkedHashMap<>();
      for (Tenant chapter : tenants.children(org.getId())) {
        cells.put(chapter.getSlug(), byChapter.getOrDefault(chapter.getId(), 0L));
      }
      if (byChapter.containsKey(null) || cells.isEmpty()) {
        cells.put(org.getSlug(), byChapter.getOrDefault(null, 0L));
      }
      return Optional.of(cells);
    }
    return moduleIndicators.count(org, id, accountId);
  }

  Set<String> published(long orgId) {
    return new TreeSet<>(em.createQuery("SELECT p.indicatorId FROM IndicatorPublication p WHERE p.orgId = :o", String.class)
        .setParameter("o", orgId).getResultList());
  }

  /** Call inside a transaction; answers whether anything changed. */
  boolean setPublished(long orgId, String id, boolean published, long actor) {
    IndicatorPublication row = em.find(IndicatorPublication.class, new IndicatorPublication.Key(orgId, id));
    if (published && row == null) {
      em.persist(new IndicatorPublication(orgId, id, actor, Instant.now().truncatedTo(ChronoUnit.MICROS)));
      return true;
    }
    if (!published && row != null) {
      em.remove(row);
      return true;
    }
    return false;
  }
}

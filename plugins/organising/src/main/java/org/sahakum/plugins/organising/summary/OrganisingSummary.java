package org.sahakum.plugins.organising.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.MemberSummary;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.organising.OrganisingPermissions;

/**
 * A member's page: how many workplaces she agreed to be linked to and how many events she came
 * to, as counts (never which workplace: that stays sealed); for whoever keeps workplaces or events,
 * audited.
 */
public final class OrganisingSummary implements MemberSummary {
  private final ModuleContext ctx;

  public OrganisingSummary(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Optional<Summary> about(long memberId) {
    boolean workplaces = ctx.caller().isPermitted(OrganisingPermissions.WORKPLACE_MANAGE);
    boolean events = ctx.caller().isPermitted(OrganisingPermissions.EVENT_MANAGE);
    if (!workplaces && !events) {
      return Optional.empty();
    }
    var em = ctx.entityManager();
    List<Line> lines = new ArrayList<>();
    if (workplaces) {
      long links = em.createQuery("SELECT COUNT(l) FROM WorkplaceLink l WHERE l.memberId = :m", Long.class)
          .setParameter("m", memberId).getSingleResult();
      lines.add(line("កន្លែងធ្វើការដែលបានភ្ជាប់ (ដោយយល់ព្រម)", "Workplaces linked (with her consent)", links));
    }
    if (events) {
      long came = em.createQuery("SELECT COUNT(a) FROM EventAttendance a WHERE a.memberId = :m", Long.class)
          .setParameter("m", memberId).getSingleResult();
      lines.add(line("ព្រឹត្តិការណ៍ដែលបានចូលរួម", "Events attended", came));
    }
    if (lines.stream().allMatch(l -> l.value().en().equals("0"))) {
      return Optional.empty();
    }
    ctx.audit().recordRead("summary.read", "member", String.valueOf(memberId));
    return Optional.of(new Summary(LocalizedText.of("ការរៀបចំសហគមន៍", "Organising"), lines, null));
  }

  private static Line line(String km, String en, long n) {
    return new Line(LocalizedText.of(km, en), LocalizedText.of(String.valueOf(n), String.valueOf(n)));
  }
}

package org.sahakum.plugins.uniondues.standing;

import java.util.List;
import java.util.Optional;
import org.sahakum.api.GoodStanding;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.MemberSummary;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.uniondues.Money;
import org.sahakum.plugins.uniondues.UnionDuesPermissions;

/**
 * A member's dues standing on their page: in good standing or not, periods owed and the amount,
 * for those who may see standings ({@code dues:report:read} or {@code dues:payment:record}).
 * Answered through the core's good-standing port, so it reads the organisation's dues also on a
 * chapter's page; a member with no dues plan reads "not enrolled".
 */
public final class StandingSummary implements MemberSummary {
  private static final LocalizedText TITLE = LocalizedText.of("វិភាគទានសហជីព", "Union dues");

  private final ModuleContext ctx;

  public StandingSummary(ModuleContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Optional<Summary> about(long memberId) {
    if (!ctx.caller().isPermitted(UnionDuesPermissions.REPORT_READ)
        && !ctx.caller().isPermitted(UnionDuesPermissions.PAYMENT_RECORD)) {
      return Optional.empty();
    }
    Optional<GoodStanding.Standing> standing = ctx.goodStanding().flatMap(port -> port.of(memberId));
    ctx.audit().recordRead("standing.summary.read", "member", String.valueOf(memberId));
    if (standing.isEmpty()) {
      return Optional.of(new Summary(TITLE, List.of(new Line(LocalizedText.of("ស្ថានភាព", "Standing"),
          LocalizedText.of("មិនទាន់ចុះឈ្មោះបង់វិភាគទាន", "Not enrolled in a dues plan"))), "enrolments"));
    }
    GoodStanding.Standing s = standing.get();
    String owed = Money.format(s.arrearsMinor()) + " " + s.currency();
    String periods = String.valueOf(s.periodsOwed());
    return Optional.of(new Summary(TITLE, List.of(
        new Line(LocalizedText.of("ស្ថានភាព", "Standing"), s.inGoodStanding()
            ? LocalizedText.of("ល្អ (បានបង់គ្រប់)", "In good standing")
            : LocalizedText.of("មិនទាន់បង់គ្រប់", "Not in good standing")),
        new Line(LocalizedText.of("ចំនួនដំណាក់កាលដែលនៅជំពាក់", "Periods owed"), LocalizedText.of(periods, periods)),
        new Line(LocalizedText.of("ចំនួនទឹកប្រាក់ដែលនៅជំពាក់", "Owed"), LocalizedText.of(owed, owed))),
        "arrears"));
  }
}

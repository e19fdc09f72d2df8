package org.sahakum.plugins.legalaid.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import org.sahakum.api.DemoRequest;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.legalaid.cases.CaseDateResource;
import org.sahakum.plugins.legalaid.cases.CaseDateView;
import org.sahakum.plugins.legalaid.cases.CaseResource;
import org.sahakum.plugins.legalaid.cases.CaseWorkflow;
import org.sahakum.plugins.legalaid.cases.NewCaseDate;
import org.sahakum.plugins.legalaid.detention.DetentionResource;
import org.sahakum.plugins.legalaid.detention.Detention;
import org.sahakum.plugins.legalaid.detention.NewDetention;
import org.sahakum.plugins.legalaid.detention.Release;
import org.sahakum.plugins.legalaid.notes.NewNote;
import org.sahakum.plugins.legalaid.notes.NoteResource;

/**
 * Writes one {@link CaseStory} as paralegals would, call by call through the module's resources,
 * each with the clock standing at the moment it happened: open (or report the detention), assign,
 * start, add dates and a note, record needs and the release, close.
 */
final class CaseWriter {
  private final DemoRequest request;
  private final ZoneId zone;
  private final Instant now;

  CaseWriter(DemoRequest request, ZoneId zone, Instant now) {
    this.request = request;
    this.zone = zone;
    this.now = now;
  }

  /** Writes case {@code story}; {@code member} is its member client (null for a non-member). */
  void write(CaseStory story, MemberRef member, Random noteDraw) {
    // a member the register does not hold (it is smaller than the scale asked) comes as a walk-in
    String group = member == null && story.clientGroup() == null ? "walk-in" : story.clientGroup();
    ModuleContext opened = request.at(story.openedAt());
    long caseId;
    Long detentionId = null;
    CaseStory.DetentionStory held = story.detention();
    if (held != null) {
      Detention d = DetentionResource.record(opened, new NewDetention(
          member == null ? "non-member" : "member", member == null ? null : member.memberCode(),
          member == null ? group : null, held.placeKind(), held.place(), held.heldSince(),
          held.reportedBy()));
      caseId = d.getCaseId();
      detentionId = d.getId();
    } else {
      caseId = CaseResource.open(opened, story.caseType(), member, group).getId();
    }
    if (story.assigned()) {
      CaseResource.assign(opened, caseId, opened.caller().accountId());
    }
    Instant started = later(story.openedAt(), Duration.ofMinutes(45));
    if (!"open".equals(story.status())) {
      CaseResource.move(request.at(started), caseId, CaseWorkflow.Transition.START, null);
    }
    for (CaseStory.DateStory date : story.dates()) {
      CaseDateView added = (CaseDateView) new CaseDateResource(request.at(started), caseId)
          .add(new NewCaseDate(date.kind(), date.dueOn())).getEntity();
      if (date.done()) {
        new CaseDateResource(request.at(endOf(date.dueOn())), caseId).done(added.id());
      }
    }
    if (story.note()) {
      new NoteResource(request.at(later(story.openedAt(), Duration.ofHours(2))), caseId)
          .add(new NewNote(DemoNotes.pick(noteDraw)));
    }
    if (held != null) {
      ModuleContext reached = request.at(later(held.heldSince(), Duration.ofHours(3)));
      for (int i = 0; i < held.needs().size(); i++) {
        DetentionResource.recordNeed(reached, detentionId, held.needs().get(i), held.met().get(i));
      }
      if (held.releasedAt() != null) {
        DetentionResource.recordRelease(request.at(held.releasedAt()), detentionId,
            new Release(held.releasedAt(), held.releaseOutcome()));
      }
    }
    if ("closed".equals(story.status())) {
      CaseResource.move(request.at(story.closedAt()), caseId, CaseWorkflow.Transition.CLOSE, story.outcome());
    }
  }

  /** {@code at} plus {@code by}, but never after the run's moment. */
  private Instant later(Instant at, Duration by) {
    Instant then = at.plus(by);
    return then.isAfter(now) ? now : then;
  }

  /** The end of the working day of {@code day}, or now if that is still to come. */
  private Instant endOf(LocalDate day) {
    Instant then = day.atTime(17, 0).atZone(zone).toInstant();
    return then.isAfter(now) ? now : then;
  }
}

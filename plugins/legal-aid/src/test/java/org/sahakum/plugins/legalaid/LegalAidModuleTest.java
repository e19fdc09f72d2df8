package org.sahakum.plugins.legalaid;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.Places;
import org.sahakum.api.SahakumModule;
import org.sahakum.plugins.legalaid.attachments.AttachmentView;
import org.sahakum.plugins.legalaid.cases.Assignment;
import org.sahakum.plugins.legalaid.cases.CaseDate;
import org.sahakum.plugins.legalaid.cases.CaseDateView;
import org.sahakum.plugins.legalaid.cases.CaseView;
import org.sahakum.plugins.legalaid.cases.Closing;
import org.sahakum.plugins.legalaid.cases.LegalCase;
import org.sahakum.plugins.legalaid.cases.NewCase;
import org.sahakum.plugins.legalaid.cases.NewCaseDate;
import org.sahakum.plugins.legalaid.detention.Detention;
import org.sahakum.plugins.legalaid.detention.DetentionNeed;
import org.sahakum.plugins.legalaid.detention.DetentionView;
import org.sahakum.plugins.legalaid.detention.NeedUpdate;
import org.sahakum.plugins.legalaid.detention.NewDetention;
import org.sahakum.plugins.legalaid.detention.NewNeed;
import org.sahakum.plugins.legalaid.detention.Release;
import org.sahakum.plugins.legalaid.directory.NewService;
import org.sahakum.plugins.legalaid.directory.Service;
import org.sahakum.plugins.legalaid.directory.ServiceChange;
import org.sahakum.plugins.legalaid.directory.ServiceView;
import org.sahakum.plugins.legalaid.notes.NewNote;
import org.sahakum.plugins.legalaid.notes.NoteView;
import org.sahakum.plugins.legalaid.referrals.ConsentAnswer;
import org.sahakum.plugins.legalaid.referrals.NewReferral;
import org.sahakum.plugins.legalaid.referrals.Referral;
import org.sahakum.plugins.legalaid.referrals.ReferralView;
import org.sahakum.plugins.legalaid.report.AdvocacyReport;
import org.sahakum.plugins.legalaid.trainings.AttendeeView;
import org.sahakum.plugins.legalaid.trainings.NewAttendance;
import org.sahakum.plugins.legalaid.trainings.NewTraining;
import org.sahakum.plugins.legalaid.trainings.NonMemberCount;
import org.sahakum.plugins.legalaid.trainings.Training;
import org.sahakum.plugins.legalaid.trainings.TrainingView;
import org.sahakum.plugins.legalaid.violations.Consent;
import org.sahakum.plugins.legalaid.violations.ViolationAct;
import org.sahakum.plugins.legalaid.violations.ViolationView;
import org.sahakum.testkit.ModuleDeclarationContract;

/** What legal aid declares, as the core will read it at load time. */
class LegalAidModuleTest extends ModuleDeclarationContract {
  private final LegalAidModule module = new LegalAidModule();

  @Override
  protected SahakumModule module() {
    return module;
  }

  @Override
  protected String permissionPrefix() {
    return "legal:";
  }

  @Override
  protected Map<String, Class<? extends Record>> viewBodies() {
    return Map.ofEntries(entry("cases", CaseView.class), entry("case-new", NewCase.class),
        entry("case-close", Closing.class), entry("case-assign", Assignment.class),
        entry("case-date-new", NewCaseDate.class), entry("case-note-new", NewNote.class),
        entry("my-cases", CaseView.class), entry("upcoming-dates", CaseDateView.class),
        entry("detention-queue", DetentionView.class), entry("detentions", DetentionView.class),
        entry("detention-release", Release.class), entry("detention-need-met", NeedUpdate.class),
        entry("detention-need-unmet", NeedUpdate.class), entry("detention-need-add", NewNeed.class),
        entry("detention-new", NewDetention.class),
        entry("violation-consent-give", Consent.class), entry("violation-consent-withdraw", Consent.class),
        entry("advocacy-report", AdvocacyReport.class), entry("violations", ViolationView.class),
        entry("services", ServiceView.class), entry("service-new", NewService.class),
        entry("referrals", ReferralView.class), entry("referral-new", NewReferral.class),
        entry("trainings", TrainingView.class), entry("training-new", NewTraining.class),
        entry("attendance-new", NewAttendance.class), entry("my-trainings", TrainingView.class),
        entry("service-change", ServiceChange.class), entry("case-referral-new", NewReferral.class),
        entry("referral-consent-give", ConsentAnswer.class), entry("referral-consent-refuse", ConsentAnswer.class),
        entry("referral-consent-withdraw", ConsentAnswer.class),
        entry("training-attendance-new", NewAttendance.class), entry("training-non-members", NonMemberCount.class));
  }

  @Override
  protected Map<String, Class<? extends Record>> relatedBodies() {
    return Map.of("cases/dates", CaseDateView.class, "cases/notes", NoteView.class,
        "cases/attachments", AttachmentView.class, "detentions/needs", DetentionView.NeedView.class,
        "violations/acts", ViolationView.ActView.class, "cases/referrals", ReferralView.class,
        "trainings/attendance", AttendeeView.class);
  }

  @Override
  protected Map<String, List<String>> acceptedValues() {
    return Map.ofEntries(entry("caseType", values(LegalCase.CASE_TYPES)), entry("clientKind", values(LegalCase.CLIENT_KINDS)),
        entry("clientGroup", values(LegalCase.CLIENT_GROUPS)), entry("status", values(LegalCase.STATUSES)),
        entry("outcome", values(LegalCase.OUTCOMES)), entry("placeKind", values(Detention.PLACE_KINDS)),
        entry("place", values(Places.ALL)), entry("reportedBy", values(Detention.REPORTERS)),
        entry("releaseOutcome", values(Detention.OUTCOMES)), entry("kind", values(CaseDate.KINDS)),
        entry("need", values(DetentionNeed.NEEDS)), entry("referralNeed", values(Referral.NEEDS)), entry("actType", values(ViolationAct.ACT_TYPES)),
        entry("act", values(ViolationAct.ACT_TYPES)), entry("perpetratorType", values(ViolationAct.PERPETRATORS)),
        entry("perpetrator", values(ViolationAct.PERPETRATORS)),
        // the report's dimensions (ReportResource.DIMENSIONS), chosen as its rows and its columns
        entry("rows", values("act|perpetrator|place|month")), entry("columns", values("act|perpetrator|place|month")),
        entry("serviceKind", values(Service.KINDS)), entry("area", values(Places.ALL)),
        entry("referralStatus", values(Referral.STATUSES)), entry("consent", values(Referral.CONSENTS)),
        entry("topic", values(Training.TOPICS)));
  }

  private static List<String> values(String regex) {
    return List.of(regex.split("\\|"));
  }

  @Test
  void id_location_and_entities() {
    assertEquals("legal-aid", module.id());
    assertEquals("db/legal_aid", module.migrationLocation());
    assertEquals(13, module.entityClasses().size());
    assertEquals(List.of("cases-by-type", "cases-opened-by-month", "detentions-by-month", "referrals-by-status"),
        module.indicators().stream().map(org.sahakum.api.Indicator::id).toList());
    assertTrue(module.memberEvents().isPresent(), "erasure reaches legal aid");
    assertEquals(7, module.permissions().size());
  }

  @Test
  void paralegals_and_organisers_get_their_defaults() {
    Map<String, Set<String>> byRole = new TreeMap<>();
    for (PermissionDefinition p : module.permissions()) {
      for (String role : p.defaultRoles()) {
        byRole.computeIfAbsent(role, r -> new TreeSet<>()).add(p.name());
      }
    }
    assertEquals(Set.of("legal:case:read", "legal:case:write", "legal:notes:read",
        "legal:violation:read", "legal:violation:write"), byRole.get("paralegal"));
    assertEquals(Set.of("legal:case:read", "legal:case:assign", "legal:violation:read",
        "legal:report:read"), byRole.get("organiser"));
    assertEquals(Set.of("organiser", "paralegal"), byRole.keySet());
  }
}

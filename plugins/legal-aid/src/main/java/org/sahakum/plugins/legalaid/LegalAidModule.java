package org.sahakum.plugins.legalaid;

import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;
import org.sahakum.api.DemoData;
import org.sahakum.api.Indicator;
import org.sahakum.api.LocalizedText;
import org.sahakum.api.MemberEventListener;
import org.sahakum.api.MemberSummary;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.PermissionDefinition;
import org.sahakum.api.SahakumModule;
import org.sahakum.api.SealedData;
import org.sahakum.plugins.legalaid.attachments.CaseAttachment;
import org.sahakum.plugins.legalaid.attachments.SealedAttachments;
import org.sahakum.plugins.legalaid.cases.CaseDate;
import org.sahakum.plugins.legalaid.cases.LegalCase;
import org.sahakum.plugins.legalaid.detention.Detention;
import org.sahakum.plugins.legalaid.detention.DetentionNeed;
import org.sahakum.plugins.legalaid.directory.Service;
import org.sahakum.plugins.legalaid.erasure.LegalAidErasure;
import org.sahakum.plugins.legalaid.indicators.LegalAidIndicators;
import org.sahakum.plugins.legalaid.notes.CaseNote;
import org.sahakum.plugins.legalaid.notes.SealedNotes;
import org.sahakum.plugins.legalaid.referrals.Referral;
import org.sahakum.plugins.legalaid.trainings.Attendance;
import org.sahakum.plugins.legalaid.trainings.Training;
import org.sahakum.plugins.legalaid.violations.ViolationAct;
import org.sahakum.plugins.legalaid.violations.ViolationEvent;
import org.sahakum.plugins.legalaid.violations.ViolationVictim;

/**
 * The legal-aid module as the core sees it: its id, names, permissions, entities, its erasure
 * listener and the JAX-RS resource the core mounts at {@code /api/t/{tenant}/legal-aid}.
 */
@Extension
public class LegalAidModule implements SahakumModule {

  /** The module's id: the jar's {@code Plugin-Id} and the URL segment. */
  public static final String ID = "legal-aid";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("ជំនួយផ្លូវច្បាប់", "Legal aid");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "ករណីដែលអ្នកជំនួយការផ្នែកច្បាប់ដោះស្រាយសម្រាប់សមាជិក និងអ្នកមិនមែនសមាជិក៖ "
            + "ការប្រឹក្សាយោបល់ តុលាការ ការឃុំខ្លួន ការងារ និងគ្រួសារ។",
        "Cases that paralegals handle for members and non-members: "
            + "consultations, court, detention, labour and family matters.");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return LegalAidPermissions.ALL;
  }

  /** A member's cases, in counts, on their page. */
  @Override
  public Optional<MemberSummary> memberSummary(ModuleContext context) {
    return Optional.of(new org.sahakum.plugins.legalaid.summary.CaseSummary(context));
  }

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(LegalCase.class, CaseDate.class, CaseNote.class, CaseAttachment.class, Detention.class,
        DetentionNeed.class, ViolationEvent.class, ViolationAct.class, ViolationVictim.class, Service.class,
        Referral.class, Training.class, Attendance.class);
  }

  /** Notes and files are sealed; a key rotation re-seals them under the newest key. */
  @Override
  public List<SealedData> sealedData() {
    return List.of(SealedNotes.store(), SealedAttachments.store());
  }

  /** Cases by type and by month opened, detentions by month, referrals by status: counts only. */
  @Override
  public List<Indicator> indicators() {
    return LegalAidIndicators.all();
  }

  /** An erased member's cases, violation records and training attendance are anonymised; the counts stay. */
  @Override
  public Optional<MemberEventListener> memberEvents() {
    return Optional.of(new LegalAidErasure());
  }

  @Override
  public Optional<DemoData> demoData() {
    return Optional.of(new org.sahakum.plugins.legalaid.demo.LegalDemo());
  }

  @Override
  public Object resource(ModuleContext context) {
    return new LegalAidResource(context);
  }
}

package org.sahakum.plugins.organising;

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
import org.sahakum.plugins.organising.demo.OrganisingDemo;
import org.sahakum.plugins.organising.erasure.OrganisingErasure;
import org.sahakum.plugins.organising.events.Campaign;
import org.sahakum.plugins.organising.events.EventAttendance;
import org.sahakum.plugins.organising.events.OrgEvent;
import org.sahakum.plugins.organising.indicators.OrganisingIndicators;
import org.sahakum.plugins.organising.stock.MaterialGiven;
import org.sahakum.plugins.organising.stock.StockLevel;
import org.sahakum.plugins.organising.stock.StockReceipt;
import org.sahakum.plugins.organising.summary.OrganisingSummary;
import org.sahakum.plugins.organising.visits.Visit;
import org.sahakum.plugins.organising.workplaces.Workplace;
import org.sahakum.plugins.organising.workplaces.WorkplaceLink;

/**
 * The organising module as the core sees it: workplaces, the outreach log, the materials stock,
 * events and campaigns, their indicators, erasure, sealed workplace links and demo data, mounted
 * at {@code /api/t/{tenant}/organising}.
 */
@Extension
public class OrganisingModule implements SahakumModule {

  public static final String ID = "organising";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return LocalizedText.of("ការរៀបចំសហគមន៍", "Organising");
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of(
        "កន្លែងធ្វើការ ការចុះជួបតាមមូលដ្ឋានរបស់មេក្រុម សម្ភារៈអប់រំ និងស្រោមអនាម័យនៅសាខានីមួយៗ វេទិកា វគ្គបណ្ដុះបណ្ដាល និងយុទ្ធនាការ។",
        "Workplaces, team leaders' outreach visits, IEC materials and condoms per chapter, forums, trainings and campaigns.");
  }

  @Override
  public List<PermissionDefinition> permissions() {
    return OrganisingPermissions.ALL;
  }

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(Workplace.class, WorkplaceLink.class, Visit.class, StockLevel.class, StockReceipt.class,
        MaterialGiven.class, Campaign.class, OrgEvent.class, EventAttendance.class);
  }

  /** Which workplace a member is linked to is sealed; a key rotation re-seals it. */
  @Override
  public List<SealedData> sealedData() {
    return List.of(WorkplaceLink.sealedColumn());
  }

  @Override
  public List<Indicator> indicators() {
    return OrganisingIndicators.all();
  }

  @Override
  public Optional<MemberEventListener> memberEvents() {
    return Optional.of(new OrganisingErasure());
  }

  /** A member's page: her workplace links and events attended, in counts. */
  @Override
  public Optional<MemberSummary> memberSummary(ModuleContext context) {
    return Optional.of(new OrganisingSummary(context));
  }

  @Override
  public Optional<DemoData> demoData() {
    return Optional.of(new OrganisingDemo());
  }

  @Override
  public Object resource(ModuleContext context) {
    return new OrganisingResource(context);
  }
}

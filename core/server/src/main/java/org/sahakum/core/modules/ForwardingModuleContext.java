package org.sahakum.core.modules;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import org.sahakum.api.AuditTrail;
import org.sahakum.api.Caller;
import org.sahakum.api.ChapterMandates;
import org.sahakum.api.GoodStanding;
import org.sahakum.api.Lockdown;
import org.sahakum.api.MemberAtOrganisation;
import org.sahakum.api.MemberDirectory;
import org.sahakum.api.ModuleContext;
import org.sahakum.api.Sealer;
import org.sahakum.api.StaffDirectory;
import org.sahakum.api.TenantRef;

/**
 * A module context that answers everything as another one does; a subclass overrides what differs
 * (the demo's caller and clock, a chapter mandate's tenant and EntityManager).
 */
abstract class ForwardingModuleContext implements ModuleContext {
  private final ModuleContext forwardedTo;

  ForwardingModuleContext(ModuleContext forwardedTo) {
    this.forwardedTo = forwardedTo;
  }

  @Override
  public TenantRef tenant() {
    return forwardedTo.tenant();
  }

  @Override
  public Caller caller() {
    return forwardedTo.caller();
  }

  @Override
  public EntityManager entityManager() {
    return forwardedTo.entityManager();
  }

  @Override
  public AuditTrail audit() {
    return forwardedTo.audit();
  }

  @Override
  public Clock clock() {
    return forwardedTo.clock();
  }

  @Override
  public MemberDirectory members() {
    return forwardedTo.members();
  }

  @Override
  public StaffDirectory staff() {
    return forwardedTo.staff();
  }

  @Override
  public Optional<GoodStanding> goodStanding() {
    return forwardedTo.goodStanding();
  }

  @Override
  public Sealer sealer() {
    return forwardedTo.sealer();
  }

  @Override
  public Lockdown lockdown() {
    return forwardedTo.lockdown();
  }

  @Override
  public ChapterMandates chapterMandates() {
    return forwardedTo.chapterMandates();
  }

  @Override
  public Optional<MemberAtOrganisation> memberAtOrganisation() {
    return forwardedTo.memberAtOrganisation();
  }
}

package org.sahakum.core.registration;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.auth.Account;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.auth.CurrentCaller;
import org.sahakum.core.members.Member;
import org.sahakum.core.members.MemberLifecycle;
import org.sahakum.core.members.MemberView;
import org.sahakum.core.members.Members;
import org.sahakum.core.members.Register;
import org.sahakum.core.passwords.PasswordPolicy;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/** Registering through an invite (no login), and the organisers' queue of pending registrations. */
@Path("t/{tenant}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class RegistrationResource {
  static final String INVALID_INVITE = "This invite is not valid: it may have expired, been used up or withdrawn.";

  @Inject CurrentCaller caller;
  @Inject MemberLifecycle lifecycle;
  @Inject Tenants tenants;
  @Inject Invites invites;
  @Inject Members members;
  @Inject Accounts accounts;
  @Inject Consent consent;
  @Inject AuditLog audit;
  @Inject PasswordPolicy passwords;

  /** A self-registration: few fields, the consent version the person saw. */
  public record NewRegistration(
      @NotNull @Size(min = 12, max = 12) String inviteCode,
      @NotNull @Size(min = 1, max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not hold control characters")
          String workingName,
      @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "use 3 to 64 lower-case letters, digits, '.', '_' or '-'")
          String username,
      @NotNull @Size(min = 10, max = 1024, message = "must be 10 to 1024 characters") String password,
      @NotNull @Size(max = 20) String consentVersion) {}

  /** What a registrant is told: waiting, nothing else. */
  public record Registered(String status) {}

  /** An invite's code, to learn where it leads before registering. */
  public record InviteCheck(@NotNull @Size(min = 12, max = 12) String inviteCode) {}

  /** Where an invite leads: the group's slug (to log in there later) and its names, km and en. */
  public record InvitedTo(String tenant, Map<String, String> names) {}

  /** The reason for a refusal. */
  public record Rejection(@NotNull @Size(min = 3, max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*") String reason) {}

  /**
   * Names the group an invite leads to, so the join screen can say where the person is joining (the
   * code proves the inviter chose to tell them). Any code that would not register (unknown, used up,
   * withdrawn, of another group, at a locked chapter, at an unknown slug) gets the same 404; the
   * invite is not used.
   */
  @POST
  @Path("invite")
  @Transactional
  public InvitedTo invitedTo(@PathParam("tenant") String slug, @NotNull @Valid InviteCheck body) {
    Invited invited = invited(slug, body.inviteCode(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    Tenant tenant = invited.tenant();
    return new InvitedTo(tenant.getSlug(), Map.of("km", tenant.getNameKm(), "en", tenant.getNameEn()));
  }

  @POST
  @Transactional(dontRollbackOn = NameTaken.class)
  public Response register(@PathParam("tenant") String slug, @NotNull @Valid NewRegistration body) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Invited invited = invited(slug, body.inviteCode(), now);
    Tenant tenant = invited.tenant();
    Register register = invited.register();
    Invite invite = invited.invite();
    if (!consent.version().equals(body.consentVersion())) {
      throw new BadRequestException("consentVersion: the consent text has changed; please read the current one.");
    }
    if (accounts.exists(tenant.getId(), body.username())) {
      invite.use(); // the only write before this refusal, and it is kept (see NameTaken)
      throw new NameTaken();
    }
    passwords.require("password", body.password(), body.username(), tenant);
    Account account = accounts.create(tenant.getId(), body.username(), body.password(), List.of("member"));
    account.markPending();
    invite.use();
    Member member = Member.pending(register.org().getId(), register.chapterId(),
        members.nextCode(register.org(), register.chapter()), body.workingName().strip(), body.consentVersion(),
        account.getId(), now);
    members.add(member);
    audit.record(register.org().getId(), null, "member.registered", "member", String.valueOf(member.getId()));
    return Response.status(201).entity(new Registered("pending")).build();
  }

  @GET
  public List<MemberView> queue(@PathParam("tenant") String slug,
      @QueryParam("status") @DefaultValue("pending") @Pattern(regexp = "pending", message = "only pending") String status) {
    Register register = organiser(slug);
    List<MemberView> waiting = members.search(new Members.Search(register.org().getId(), register.chapterId(), null,
        null, "pending", 0, 200));
    audit.recordRead(register.org().getId(), caller.requireLogin().accountId(), "registration.listed", "register",
        register.where().getSlug());
    return waiting;
  }

  /** How many wait for approval here, for the home screen: a number only, so not an audited read. */
  @GET
  @Path("count")
  public Map<String, Long> count(@PathParam("tenant") String slug) {
    Register register = organiser(slug);
    return Map.of("count", members.countPending(register.org().getId(), register.chapterId()));
  }

  @POST
  @Path("{id}/approve")
  @Transactional
  public Registered approve(@PathParam("tenant") String slug, @PathParam("id") long id) {
    Register register = organiser(slug);
    Member member = pending(register, id);
    member.approve();
    accounts.activeOrPendingById(member.getAccountId()).ifPresent(Account::activate);
    lifecycle.approved(register, member, caller.requireLogin().accountId());
    audit.record(register.org().getId(), caller.requireLogin().accountId(), "member.approved", "member", String.valueOf(id));
    return new Registered(member.getStatus());
  }

  @POST
  @Path("{id}/reject")
  @Transactional
  public Registered reject(@PathParam("tenant") String slug, @PathParam("id") long id, @NotNull @Valid Rejection body) {
    Register register = organiser(slug);
    Member member = pending(register, id);
    member.reject();
    accounts.activeOrPendingById(member.getAccountId()).ifPresent(Account::disable);
    audit.record(register.org().getId(), caller.requireLogin().accountId(), "member.rejected", "member", String.valueOf(id),
        body.reason().strip());
    return new Registered("rejected");
  }

  private record Invited(Tenant tenant, Register register, Invite invite) {}

  /**
   * The usable member invite behind {@code code} at {@code slug}, locked for the transaction. The code
   * is looked up first, whether the slug exists or not, so that an unknown group and a wrong code
   * take the same path and get the same 404.
   */
  private Invited invited(String slug, String code, Instant now) {
    Optional<Invite> byCode = invites.usable(code, now);
    Tenant tenant = tenants.bySlug(slug).orElseThrow(() -> new NotFoundException(INVALID_INVITE));
    Register register;
    try {
      register = Register.of(tenant, tenants);
    } catch (NotFoundException e) {
      throw new NotFoundException(INVALID_INVITE);
    }
    // a locked-down chapter's codes answer as unknown ones: no stranger learns of the lockdown
    Invite invite = byCode.filter(i -> i.getTenantId() == tenant.getId() && !tenant.isLocked())
        .orElseThrow(() -> new NotFoundException(INVALID_INVITE));
    return new Invited(tenant, register, invite);
  }

  private Member pending(Register register, long id) {
    return members.pending(register.org().getId(), register.chapterId(), id)
        .orElseThrow(() -> new NotFoundException("No such pending registration here."));
  }

  private Register organiser(String slug) {
    Register register = Register.of(caller.tenant(slug), tenants);
    caller.require(register.where(), "member:approve");
    return register;
  }
}

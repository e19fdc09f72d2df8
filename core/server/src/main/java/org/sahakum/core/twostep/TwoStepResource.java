package org.sahakum.core.twostep;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sahakum.core.auth.Account;
import org.sahakum.core.auth.AccountPrincipal;
import org.sahakum.core.auth.Accounts;
import org.sahakum.core.auth.CurrentCaller;

/** The caller's own second step: its state, enrolment, new recovery codes, switching it off. */
@Path("auth/two-step")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Dependent
public class TwoStepResource {

  @Inject CurrentCaller caller;
  @Inject Accounts accounts;
  @Inject TwoSteps twoSteps;
  @Inject TwoStepStatus status;
  @Inject Reauthentication reauth;

  /** {@code required}: an organisation where the caller holds a sensitive permission requires it. */
  public record State(boolean enrolled, boolean required, long recoveryCodesLeft) {}

  /** A code from the app. */
  public record Code(@NotNull @Pattern(regexp = "[0-9]{6}", message = "must be the 6 digits the app shows") String code) {}

  /** The password again, and the app's current code when enrolled: a stolen session alone is not enough. */
  public record Confirmation(
      @NotNull @Size(min = 1, max = 1024) String password,
      @Pattern(regexp = "[0-9]{6}", message = "must be the 6 digits the app shows") String code) {}

  /** Recovery codes, shown this once. */
  public record RecoveryCodeList(List<String> recoveryCodes) {}

  @GET
  public State state() {
    long id = caller.requireLogin().accountId();
    return new State(twoSteps.enrolled(id), status.requiredFor(id), twoSteps.recoveryCodesLeft(id));
  }

  /** A new secret for the app (as text and as an otpauth link for a QR code); 409 once enrolled. */
  @POST
  @Path("enrolment")
  public TwoSteps.Enrolment start() {
    AccountPrincipal who = caller.requireLogin();
    Account account = accounts.anyById(who.accountId()).orElseThrow();
    return twoSteps.start(who.accountId(), who.homeTenantId(), account.getUsername())
        .orElseThrow(() -> new ClientErrorException("The second step is on already. Switch it off first to start again.", 409));
  }

  /** Finishes the enrolment with the app's first code; answers the recovery codes once. */
  @POST
  @Path("enrolment/confirm")
  public RecoveryCodeList confirm(@NotNull @Valid Code body) {
    AccountPrincipal who = caller.requireLogin();
    return new RecoveryCodeList(twoSteps.confirm(who.accountId(), who.homeTenantId(), body.code())
        .orElseThrow(() -> new ClientErrorException(
            "The code is not right, or no enrolment was started. Enter the code the app shows now.", 400)));
  }

  /** A new set of recovery codes (the old ones stop working); any account may keep some for a throttled login. */
  @POST
  @Path("recovery-codes")
  public RecoveryCodeList recoveryCodes(@NotNull @Valid Confirmation body) {
    AccountPrincipal who = reauth.confirm(body.password(), body.code());
    return new RecoveryCodeList(twoSteps.newRecoveryCodes(who.accountId(), who.homeTenantId()));
  }

  /** Switches the caller's second step off (where it is required, sensitive permissions wait until it is on again). */
  @POST
  @Path("disable")
  public State disable(@NotNull @Valid Confirmation body) {
    AccountPrincipal who = reauth.confirm(body.password(), body.code());
    twoSteps.disable(who.accountId(), who.homeTenantId(), who.accountId());
    return state();
  }
}

package org.sahakum.core.twostep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.sahakum.core.audit.AuditLog;
import org.sahakum.core.crypto.FieldCrypto;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.Tenants;

/** An account's second step: enrolment, codes at login, recovery codes, and switching it off. */
@ApplicationScoped
public class TwoSteps {
  static final String ISSUER = "Sahakum";

  @PersistenceContext(unitName = "sahakum-core")
  EntityManager em;

  @Inject FieldCrypto crypto;
  @Inject Tenants tenants;
  @Inject AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  /** What the person types into an authenticator app, or reads from its QR code. */
  public record Enrolment(String secret, String uri) {}

  public boolean enrolled(long accountId) {
    return Optional.ofNullable(em.find(TwoStepSecret.class, accountId)).filter(TwoStepSecret::isActive).isPresent();
  }

  /** A new secret waiting for its first code; an enrolment that was not finished starts over. */
  @Transactional
  public Optional<Enrolment> start(long accountId, long homeTenantId, String label) {
    TwoStepSecret old = em.find(TwoStepSecret.class, accountId);
    if (old != null && old.isActive()) {
      return Optional.empty();
    }
    if (old != null) {
      em.remove(old);
      em.flush();
    }
    byte[] secret = Totp.newSecret();
    long owner = keyOwner(homeTenantId);
    em.persist(new TwoStepSecret(accountId, owner, seal(owner, accountId, secret), now()));
    return Optional.of(new Enrolment(Base32.encode(secret), Totp.uri(ISSUER, label, secret)));
  }

  /** Finishes an enrolment with its first code; the fresh recovery codes, or empty if the code is not right. */
  @Transactional
  public Optional<List<String>> confirm(long accountId, long homeTenantId, String code) {
    TwoStepSecret pending = em.find(TwoStepSecret.class, accountId);
    if (pending == null || pending.isActive() || !accept(pending, code)) {
      return Optional.empty();
    }
    audit.record(homeTenantId, accountId, "two-step.enrolled", "account", String.valueOf(accountId));
    return Optional.of(replaceRecoveryCodes(accountId));
  }

  /** Whether {@code code} is the account's current code, used for the first time. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean acceptCode(long accountId, String code) {
    TwoStepSecret active = em.find(TwoStepSecret.class, accountId);
    return active != null && active.isActive() && accept(active, code);
  }

  private boolean accept(TwoStepSecret s, String code) {
    byte[] secret = open(s);
    long step = Totp.match(secret, code, clock.instant(), s.lastStep());
    if (step < 0) {
      return false;
    }
    s.used(step);
    return true;
  }

  /** Whether {@code code} is one of the account's unused recovery codes (nothing is used up). */
  public boolean recoveryCodeFits(long accountId, String code) {
    return !em.createQuery("SELECT c.id FROM RecoveryCode c WHERE c.accountId = :a AND c.codeHash = :h "
            + "AND c.usedAt IS NULL", Long.class)
        .setParameter("a", accountId).setParameter("h", RecoveryCodes.hash(accountId, code))
        .setMaxResults(1).getResultList().isEmpty();
  }

  /** Uses a recovery code up; false if it was not there or another request used it first. Audited. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean useRecoveryCode(long accountId, long homeTenantId, String code) {
    int used = em.createQuery("UPDATE RecoveryCode c SET c.usedAt = :now WHERE c.accountId = :a AND c.codeHash = :h "
            + "AND c.usedAt IS NULL")
        .setParameter("now", now()).setParameter("a", accountId).setParameter("h", RecoveryCodes.hash(accountId, code))
        .executeUpdate();
    if (used == 1) {
      audit.record(homeTenantId, accountId, "two-step.recovery-code.used", "account", String.valueOf(accountId));
    }
    return used == 1;
  }

  public long recoveryCodesLeft(long accountId) {
    return em.createQuery("SELECT COUNT(c) FROM RecoveryCode c WHERE c.accountId = :a AND c.usedAt IS NULL", Long.class)
        .setParameter("a", accountId).getSingleResult();
  }

  /** A new set of recovery codes; the old ones stop working. Audited. */
  @Transactional
  public List<String> newRecoveryCodes(long accountId, long homeTenantId) {
    List<String> codes = replaceRecoveryCodes(accountId);
    audit.record(homeTenantId, accountId, "two-step.recovery-codes.created", "account", String.valueOf(accountId));
    return codes;
  }

  private List<String> replaceRecoveryCodes(long accountId) {
    em.createQuery("DELETE FROM RecoveryCode c WHERE c.accountId = :a").setParameter("a", accountId).executeUpdate();
    List<String> codes = RecoveryCodes.fresh();
    Instant now = now();
    codes.forEach(c -> em.persist(new RecoveryCode(accountId, RecoveryCodes.hash(accountId, c), now)));
    return codes;
  }

  /** Switches the second step off and forgets the recovery codes; {@code actor} did it. Audited. */
  @Transactional
  public boolean disable(long accountId, long homeTenantId, long actor) {
    TwoStepSecret s = em.find(TwoStepSecret.class, accountId);
    if (s == null) {
      return false;
    }
    em.remove(s);
    em.createQuery("DELETE FROM RecoveryCode c WHERE c.accountId = :a").setParameter("a", accountId).executeUpdate();
    audit.record(homeTenantId, actor, "two-step.disabled", "account", String.valueOf(accountId));
    return true;
  }

  /** Whether the organisation requires the second step of its staff who hold sensitive permissions. */
  public boolean requiredAt(long organisationId) {
    return em.find(TwoStepRequirement.class, organisationId) != null;
  }

  /** Sets the organisation's requirement; whether it changed. Call inside a transaction. */
  public boolean require(long organisationId, boolean required) {
    TwoStepRequirement row = em.find(TwoStepRequirement.class, organisationId);
    if (required == (row != null)) {
      return false;
    }
    if (required) {
      em.persist(new TwoStepRequirement(organisationId, now()));
    } else {
      em.remove(row);
    }
    return true;
  }

  private long keyOwner(long homeTenantId) {
    Tenant home = tenants.byId(homeTenantId).orElseThrow();
    return tenants.organisationOf(home).map(Tenant::getId).orElse(homeTenantId);
  }

  private byte[] seal(long owner, long accountId, byte[] secret) {
    return crypto.seal(owner, field(accountId), Base32.encode(secret));
  }

  private byte[] open(TwoStepSecret s) {
    return Base32.decode(crypto.open(s.keyOwner(), field(s.accountId()), s.sealed()));
  }

  /** Binds the sealed secret to its account: a secret copied to another row does not open. */
  static String field(long accountId) {
    return "account.two-step-secret." + accountId;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}

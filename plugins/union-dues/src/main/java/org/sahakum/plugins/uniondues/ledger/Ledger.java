package org.sahakum.plugins.uniondues.ledger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;
import org.sahakum.plugins.uniondues.Access;
import org.sahakum.plugins.uniondues.arrears.ArrearsTotals;
import org.sahakum.plugins.uniondues.enrolments.Enrolments;
import org.sahakum.plugins.uniondues.members.DuesMembers;

/**
 * Writes the ledger. Locks are always taken in one order (the member's enrolment, then the
 * receipt counter), so two collectors recording at once wait for each other instead of
 * deadlocking, and each payment's receipt number is the one after the last committed.
 */
public final class Ledger {
  private final ModuleContext ctx;
  private final EntityManager em;

  public Ledger(ModuleContext ctx) {
    this.ctx = ctx;
    this.em = ctx.entityManager();
  }

  /** A recorded payment, and whether it was recorded by an earlier request with the same key. */
  public record Recorded(LedgerEntry entry, MemberRef member, boolean replayed) {}

  public Recorded pay(NewPayment body, String idempotencyKey) {
    LocalDate today = LocalDate.now(ctx.clock());
    if (body.paidOn().isAfter(today)) {
      throw org.sahakum.api.Refusal.invalid("paidOn", "must-be-past", "paidOn must not be in the future.");
    }
    MemberRef member = DuesMembers.byCode(ctx, body.memberCode());
    String hash = idempotencyKey == null ? null : sha256(body.fingerprint());
    if (idempotencyKey != null) {
      Optional<Recorded> earlier = earlier(idempotencyKey, hash, member);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    PaymentRun run = new PaymentRun(em, member);
    LedgerEntry entry = run.pay(ctx, body);
    run.finish();
    Instant now = entry.getRecordedAt();
    if (idempotencyKey != null) {
      em.persist(new IdempotencyRecord(idempotencyKey, hash, entry.getId(), now));
      try {
        em.flush();
      } catch (PersistenceException raced) {
        // the unique key: another request with this key committed meanwhile; this one is rolled back
        throw Access.conflict("Another request with this Idempotency-Key was recorded at the same moment; "
            + "send it again to get its payment.");
      }
    }
    return new Recorded(entry, member, false);
  }

  /**
   * Starts a run of payments of the member with this code (422 when the register has no such member,
   * or they are not enrolled): for recording many of one member's payments at once.
   */
  public PaymentRun payments(String memberCode) {
    return new PaymentRun(em, DuesMembers.byCode(ctx, memberCode));
  }

  private Optional<Recorded> earlier(String key, String hash, MemberRef member) {
    Optional<IdempotencyRecord> found = em.createQuery("SELECT r FROM IdempotencyRecord r WHERE r.key = :k",
        IdempotencyRecord.class).setParameter("k", key).getResultList().stream().findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    if (!found.get().getBodyHash().equals(hash)) {
      throw Access.unprocessable("This Idempotency-Key was already used for a different payment; "
          + "use a new key for a new payment.");
    }
    return Optional.of(new Recorded(em.find(LedgerEntry.class, found.get().getEntryId()), member, true));
  }

  /** Undoes a payment; each payment can be reversed once. */
  public LedgerEntry reverse(NewReversal body) {
    LedgerEntry payment = em.find(LedgerEntry.class, body.paymentId());
    if (payment == null || payment.getKind() != EntryKind.PAYMENT) {
      throw unknownPayment();
    }
    new Enrolments(em).lock(payment.getEnrolment().getId()).orElseThrow();
    boolean reversed = em.createQuery("SELECT COUNT(e) FROM LedgerEntry e WHERE e.reversesId = :p", Long.class)
        .setParameter("p", payment.getId()).getSingleResult() > 0;
    if (reversed) {
      throw Access.conflict("This payment was already reversed.");
    }
    ArrearsTotals.Share before = ArrearsTotals.shareOf(payment.getEnrolment());
    payment.getEnrolment().post(-payment.getAmountMinor());
    new ArrearsTotals(em).moved(before, payment.getEnrolment());
    LedgerEntry reversal = LedgerEntry.reversalOf(payment, body.reason().strip(), ctx.caller().accountId(), now());
    em.persist(reversal);
    em.flush();
    return reversal;
  }

  /** 422: the payment named is not one this request may see. */
  static org.sahakum.api.Refusal unknownPayment() {
    return org.sahakum.api.Refusal.unprocessable("paymentId", "unknown-payment", "paymentId: no such payment here.");
  }

  private Instant now() {
    return ctx.clock().instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

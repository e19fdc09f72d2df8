package org.sahakum.core.idempotency;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.sahakum.core.crypto.MasterKey;

/** The stored answers: found, stored, and forgotten after {@link #KEPT}. */
@ApplicationScoped
public class IdempotentAnswers {
  static final Duration KEPT = Duration.ofHours(24);

  @PersistenceContext(unitName = "sahakum-core") EntityManager em;
  @Inject MasterKey master;
  @Inject IdempotentAnswers self; // the scheduled purge goes through the proxy, for its transaction
  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> purges;

  /** An answer as it is given again. */
  record Stored(String requestHash, int status, String contentType, String location, byte[] body) {}

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    purges = scheduler.scheduleWithFixedDelay(() -> self.forgetOld(), 5, 60, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (purges != null) {
      purges.cancel(false);
    }
  }

  /** The answer stored under the key within the last 24 hours. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Stored> find(IdempotentAnswer.Key key) {
    IdempotentAnswer a = em.find(IdempotentAnswer.class, key);
    if (a == null) {
      return Optional.empty();
    }
    if (a.createdAt().isBefore(Instant.now().minus(KEPT))) {
      em.remove(a);
      return Optional.empty();
    }
    byte[] body = a.sealedBody() == null ? null : master.open(a.sealedBody(), key.context());
    return Optional.of(new Stored(a.requestHash(), a.status(), a.contentType(), a.location(), body));
  }

  /** Stores an answer, in the caller's transaction when there is one (a module's request). */
  @Transactional(Transactional.TxType.REQUIRED)
  public void store(IdempotentAnswer.Key key, Stored answer) {
    byte[] sealed = answer.body() == null ? null : master.seal(answer.body(), key.context());
    em.persist(new IdempotentAnswer(key, answer.requestHash(), answer.status(), answer.contentType(),
        answer.location(), sealed, Instant.now().truncatedTo(ChronoUnit.MICROS)));
    em.flush();
  }

  /** Forgets the answers older than 24 hours; every node may run it, the delete is the same. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int forgetOld() {
    return em.createQuery("DELETE FROM IdempotentAnswer a WHERE a.createdAt < :t")
        .setParameter("t", Instant.now().minus(KEPT)).executeUpdate();
  }
}
